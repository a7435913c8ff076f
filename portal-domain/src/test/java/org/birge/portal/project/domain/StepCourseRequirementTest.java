package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.publishedWorkflow;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A step may require that the district's mayor completed a course; the requirement is data of the version. */
class StepCourseRequirementTest {

    private static final int DECISION = 3;

    private static List<StepDefinition.Change> unchanged(WorkflowDefinition workflow) {
        List<StepDefinition.Change> changes = new ArrayList<>();
        workflow.getSteps().forEach(s -> changes.add(new StepDefinition.Change(s.getSlaDays(), s.getRequiredApprovals(),
                s.getRequiredCourse())));
        return changes;
    }

    private static WorkflowDefinition requiringAtDecision(String code) {
        WorkflowDefinition current = publishedWorkflow();
        List<StepDefinition.Change> changes = unchanged(current);
        changes.set(DECISION, new StepDefinition.Change(10, 2, code));
        return current.nextVersionWith(changes);
    }

    @Test
    void aStepRequiresNoCourseUntilAVersionSaysSo() {
        publishedWorkflow().getSteps().forEach(s -> assertNull(s.getRequiredCourse(), s.getCode()));
    }

    @Test
    void aNewVersionCanRequireACourseAtAStepInUpperCase() {
        WorkflowDefinition next = requiringAtDecision(" pme-201 ");

        assertEquals("PME-201", next.step(DECISION).getRequiredCourse());
        assertEquals(2, next.getRevision());
        assertEquals(10, next.step(DECISION).getSlaDays());
        assertEquals(2, next.step(DECISION).getRequiredApprovals());
        assertNull(next.step(2).getRequiredCourse(), "the other steps require nothing");
    }

    @Test
    void theVersionBeforeKeepsItsOwnRequirement() {
        WorkflowDefinition current = publishedWorkflow();
        List<StepDefinition.Change> changes = unchanged(current);
        changes.set(DECISION, new StepDefinition.Change(10, 2, "PME-201"));

        current.nextVersionWith(changes);

        assertNull(current.step(DECISION).getRequiredCourse());
    }

    @Test
    void changingOnlyTimesKeepsTheCourse() {
        WorkflowDefinition requiring = requiringAtDecision("PME-201");
        requiring.publish(java.time.Instant.parse("2026-02-01T04:00:00Z"));

        WorkflowDefinition slower = requiring.nextVersion(List.of(new int[] {10, 1}, new int[] {5, 1},
                new int[] {10, 1}, new int[] {20, 1}, new int[] {65, 1}, new int[] {10, 1}));

        assertEquals("PME-201", slower.step(DECISION).getRequiredCourse());
        assertEquals(20, slower.step(DECISION).getSlaDays());
        assertEquals("PME-201", requiring.step(DECISION).with(12, 2).getRequiredCourse(), "with(days, approvers)");
    }

    @ParameterizedTest(name = "\"{0}\" clears the requirement")
    @ValueSource(strings = {"", "  "})
    void aBlankCodeClearsTheRequirement(String blank) {
        WorkflowDefinition requiring = requiringAtDecision("PME-201");
        requiring.publish(java.time.Instant.parse("2026-02-01T04:00:00Z"));
        List<StepDefinition.Change> changes = unchanged(requiring);
        changes.set(DECISION, new StepDefinition.Change(10, 2, blank));

        assertNull(requiring.nextVersionWith(changes).step(DECISION).getRequiredCourse());
        changes.set(DECISION, new StepDefinition.Change(10, 2, null));
        assertNull(requiring.nextVersionWith(changes).step(DECISION).getRequiredCourse());
    }

    @ParameterizedTest(name = "\"{0}\" is not a course code")
    @ValueSource(strings = {"1PME", "P", "PME 201", "PME_201", "ABCDEFGHIJKLMNOPQRSTU"})
    void aCodeThatCannotBeACourseCodeIsRefused(String code) {
        assertRefused("project.workflow.courseCode", () -> requiringAtDecision(code));
    }

    @Test
    void onlyAStepSomeoneApprovesCanRequireACourse() {
        WorkflowDefinition current = publishedWorkflow();
        List<StepDefinition.Change> changes = unchanged(current);
        changes.set(4, new StepDefinition.Change(65, 1, "PME-201"));

        assertRefused("project.workflow.courseNeedsApproval", () -> current.nextVersionWith(changes));
        assertRefused("project.workflow.courseNeedsApproval", () -> current.step(0).requiring("PME-201"));
    }

    @Test
    void theChangesMustCoverEveryStep() {
        WorkflowDefinition current = publishedWorkflow();

        assertRefused("project.workflow.stepsChanged",
                () -> current.nextVersionWith(unchanged(current).subList(0, 5)));
    }

    @Test
    void theNewTimesAreCheckedAsBefore() {
        WorkflowDefinition current = publishedWorkflow();
        List<StepDefinition.Change> changes = unchanged(current);
        changes.set(DECISION, new StepDefinition.Change(0, 2, "PME-201"));

        assertRefused("project.workflow.slaRange", () -> current.nextVersionWith(changes));
    }
}
