package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.defaultSteps;
import static org.birge.portal.project.domain.ProjectFixtures.draftWorkflow;
import static org.birge.portal.project.domain.ProjectFixtures.name;
import static org.birge.portal.project.domain.ProjectFixtures.publishedWorkflow;
import static org.birge.portal.project.domain.ProjectFixtures.step;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowDefinitionTest {

    private static final Instant AT = Instant.parse("2026-01-05T04:00:00Z");

    private static final List<int[]> SLOWER = List.of(new int[] {15, 1}, new int[] {7, 1}, new int[] {20, 2},
            new int[] {12, 1}, new int[] {90, 1}, new int[] {15, 2});

    @Test
    void aNewDefinitionIsADraftWithItsSteps() {
        WorkflowDefinition workflow = draftWorkflow();

        assertEquals(WorkflowDefinition.LOCAL_INITIATIVE, workflow.getCode());
        assertEquals(name("Local initiative grant"), workflow.getName());
        assertEquals(1, workflow.getRevision());
        assertEquals(DefinitionStatus.DRAFT, workflow.getStatus());
        assertNull(workflow.getPublishedAt());
        assertEquals(List.of("submission", "endorsement", "appraisal", "grant-decision", "implementation",
                "evaluation"), workflow.getSteps().stream().map(StepDefinition::getCode).toList());
    }

    @Test
    void theFirstStepMustBeASubmission() {
        List<StepDefinition> steps = new ArrayList<>(defaultSteps());
        steps.remove(0);

        assertRefused("project.workflow.firstStepSubmission",
                () -> new WorkflowDefinition(WorkflowDefinition.LOCAL_INITIATIVE, name("Grant"), 1, steps));
    }

    @Test
    void aDefinitionNeedsSteps() {
        assertRefused("project.workflow.firstStepSubmission",
                () -> new WorkflowDefinition(WorkflowDefinition.LOCAL_INITIATIVE, name("Grant"), 1, List.of()));
        assertRefused("project.workflow.firstStepSubmission",
                () -> new WorkflowDefinition(WorkflowDefinition.LOCAL_INITIATIVE, name("Grant"), 1, null));
    }

    @Test
    void aSubmissionAloneIsAWorkflow() {
        WorkflowDefinition workflow = new WorkflowDefinition("minimal", name("Minimal"), 1,
                List.of(step("submission", StepKind.SUBMISSION, Responsible.DISTRICT_MAYOR, 10, 1,
                        WorkflowAction.SUBMIT)));

        assertEquals(1, workflow.getSteps().size());
        assertEquals(-1, workflow.after(0));
    }

    // ---------------------------------------------------------------- next version

    @Test
    void nextVersionIsADraftOfTheNextRevisionWithTheNewTimesAndApprovers() {
        WorkflowDefinition current = publishedWorkflow();

        WorkflowDefinition next = current.nextVersion(SLOWER);

        assertEquals(DefinitionStatus.DRAFT, next.getStatus());
        assertEquals(2, next.getRevision());
        assertEquals(current.getCode(), next.getCode());
        assertEquals(current.getName(), next.getName());
        assertEquals(List.of(15, 7, 20, 12, 90, 15), next.getSteps().stream().map(StepDefinition::getSlaDays).toList());
        assertEquals(List.of(1, 1, 2, 1, 1, 2),
                next.getSteps().stream().map(StepDefinition::getRequiredApprovals).toList());
    }

    @Test
    void nextVersionKeepsWhatEachStepIs() {
        WorkflowDefinition current = publishedWorkflow();

        WorkflowDefinition next = current.nextVersion(SLOWER);

        for (int i = 0; i < current.getSteps().size(); i++) {
            StepDefinition before = current.step(i);
            StepDefinition after = next.step(i);
            assertEquals(before.getCode(), after.getCode());
            assertEquals(before.getKind(), after.getKind());
            assertEquals(before.getResponsible(), after.getResponsible());
            assertEquals(before.getActions(), after.getActions());
        }
    }

    @Test
    void nextVersionLeavesTheCurrentVersionAsItWas() {
        WorkflowDefinition current = publishedWorkflow();

        current.nextVersion(SLOWER);

        assertEquals(1, current.getRevision());
        assertEquals(DefinitionStatus.PUBLISHED, current.getStatus());
        assertEquals(List.of(10, 5, 10, 10, 65, 10),
                current.getSteps().stream().map(StepDefinition::getSlaDays).toList());
        assertEquals(2, current.step(3).getRequiredApprovals());
    }

    @ParameterizedTest(name = "{0} steps")
    @ValueSource(ints = {0, 1, 5, 7})
    void nextVersionRefusesAnotherNumberOfSteps(int count) {
        List<int[]> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(new int[] {10, 1});
        }

        assertRefused("project.workflow.stepsChanged", () -> publishedWorkflow().nextVersion(times));
    }

    @Test
    void nextVersionRefusesATimeOrApproverCountOutOfRange() {
        WorkflowDefinition current = publishedWorkflow();

        assertRefused("project.workflow.slaRange", () -> current.nextVersion(List.of(new int[] {10, 1},
                new int[] {0, 1}, new int[] {10, 1}, new int[] {10, 2}, new int[] {65, 1}, new int[] {10, 1})));
        assertRefused("project.workflow.approvalsRange", () -> current.nextVersion(List.of(new int[] {10, 1},
                new int[] {5, 1}, new int[] {10, 1}, new int[] {10, 4}, new int[] {65, 1}, new int[] {10, 1})));
    }

    // ---------------------------------------------------------------- publish and supersede

    @Test
    void publishMakesADraftTheVersionForNewProjects() {
        WorkflowDefinition workflow = draftWorkflow();

        workflow.publish(AT);

        assertEquals(DefinitionStatus.PUBLISHED, workflow.getStatus());
        assertEquals(AT, workflow.getPublishedAt());
    }

    @Test
    void onlyADraftCanBePublished() {
        WorkflowDefinition published = publishedWorkflow();
        WorkflowDefinition superseded = publishedWorkflow();
        superseded.supersede();

        assertRefused("project.workflow.notDraft", () -> published.publish(AT.plusSeconds(60)));
        assertRefused("project.workflow.notDraft", () -> superseded.publish(AT.plusSeconds(60)));
        assertEquals(AT, published.getPublishedAt());
        assertEquals(DefinitionStatus.SUPERSEDED, superseded.getStatus());
    }

    @Test
    void supersedeRetiresThePublishedVersion() {
        WorkflowDefinition workflow = publishedWorkflow();

        workflow.supersede();

        assertEquals(DefinitionStatus.SUPERSEDED, workflow.getStatus());
        assertEquals(AT, workflow.getPublishedAt());
    }

    @Test
    void onlyAPublishedVersionCanBeSuperseded() {
        WorkflowDefinition draft = draftWorkflow();
        WorkflowDefinition superseded = publishedWorkflow();
        superseded.supersede();

        assertRefused("project.workflow.notPublished", draft::supersede);
        assertRefused("project.workflow.notPublished", superseded::supersede);
        assertEquals(DefinitionStatus.DRAFT, draft.getStatus());
    }

    // ---------------------------------------------------------------- navigation

    @Test
    void afterGivesTheNextPositionAndMinusOneAfterTheLast() {
        WorkflowDefinition workflow = draftWorkflow();

        assertEquals(1, workflow.after(0));
        assertEquals(5, workflow.after(4));
        assertEquals(-1, workflow.after(5));
    }

    @Test
    void positionOfFindsTheFirstStepOfAKind() {
        WorkflowDefinition workflow = draftWorkflow();

        assertEquals(0, workflow.positionOf(StepKind.SUBMISSION));
        assertEquals(2, workflow.positionOf(StepKind.APPRAISAL));
        assertEquals(4, workflow.positionOf(StepKind.IMPLEMENTATION));
        assertEquals(5, workflow.positionOf(StepKind.EVALUATION));
    }

    @Test
    void positionOfAKindTheWorkflowLacksIsMinusOne() {
        WorkflowDefinition workflow = new WorkflowDefinition("minimal", name("Minimal"), 1,
                List.of(step("submission", StepKind.SUBMISSION, Responsible.DISTRICT_MAYOR, 10, 1,
                        WorkflowAction.SUBMIT)));

        assertEquals(-1, workflow.positionOf(StepKind.EVALUATION));
    }

    @Test
    void theStepsCannotBeChangedFromOutside() {
        WorkflowDefinition workflow = draftWorkflow();

        assertThrows(UnsupportedOperationException.class, () -> workflow.getSteps().clear());
    }
}
