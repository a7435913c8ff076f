package org.birge.portal.project.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StepDefinitionTest {

    private static final Set<WorkflowAction> REVIEW_ACTIONS = EnumSet.of(WorkflowAction.APPROVE,
            WorkflowAction.RETURN, WorkflowAction.REJECT, WorkflowAction.COMMENT);

    private static StepDefinition step(String code, int slaDays, int approvals, Set<WorkflowAction> actions) {
        return new StepDefinition(code, StepKind.DECISION, Responsible.PROJECT_MANAGER, actions, slaDays, approvals);
    }

    @Test
    void aStepHasItsCodeKindResponsibleActionsTimeAndApprovers() {
        StepDefinition step = step("grant-decision", 10, 2, REVIEW_ACTIONS);

        assertEquals("grant-decision", step.getCode());
        assertEquals(StepKind.DECISION, step.getKind());
        assertEquals(Responsible.PROJECT_MANAGER, step.getResponsible());
        assertEquals(REVIEW_ACTIONS, step.getActions());
        assertEquals(10, step.getSlaDays());
        assertEquals(2, step.getRequiredApprovals());
    }

    @ParameterizedTest(name = "\"{0}\" is a valid code")
    @ValueSource(strings = {"ab", "submission", "grant-decision", "step2", "report-review-2"})
    void aCodeIsALowerCaseLetterFollowedByLettersDigitsOrHyphens(String code) {
        assertEquals(code, step(code, 10, 1, REVIEW_ACTIONS).getCode());
    }

    @Test
    void aCodeMayBeFortyCharactersLong() {
        String longest = "s".repeat(StepDefinition.CODE_LENGTH);

        assertEquals(longest, step(longest, 10, 1, REVIEW_ACTIONS).getCode());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"a", "Submission", "SUBMISSION", "2nd-review", "-review", "grant_decision",
            "grant decision", "grant.decision", "räte", " review"})
    void aCodeOutsideThePatternIsRefused(String code) {
        assertRefused("project.workflow.stepCode", () -> step(code, 10, 1, REVIEW_ACTIONS));
    }

    @Test
    void aCodeLongerThanFortyCharactersIsRefused() {
        String tooLong = "s".repeat(StepDefinition.CODE_LENGTH + 1);

        assertRefused("project.workflow.stepCode", () -> step(tooLong, 10, 1, REVIEW_ACTIONS));
    }

    @ParameterizedTest(name = "{0} working days")
    @ValueSource(ints = {1, 10, 130})
    void theTimeAllowedIsOneTo130WorkingDays(int days) {
        assertEquals(days, step("appraisal", days, 1, REVIEW_ACTIONS).getSlaDays());
    }

    @ParameterizedTest(name = "{0} working days")
    @ValueSource(ints = {-1, 0, 131, 365})
    void aTimeAllowedOutsideOneTo130IsRefused(int days) {
        DomainException refused = assertRefused("project.workflow.slaRange",
                () -> step("appraisal", days, 1, REVIEW_ACTIONS));

        assertEquals(List.of(StepDefinition.MAX_SLA_DAYS), refused.getArguments());
    }

    @ParameterizedTest(name = "{0} approvals")
    @ValueSource(ints = {1, 2})
    void oneOrTwoApprovalsMayBeRequired(int approvals) {
        assertEquals(approvals, step("appraisal", 10, approvals, REVIEW_ACTIONS).getRequiredApprovals());
    }

    @ParameterizedTest(name = "{0} approvals")
    @ValueSource(ints = {-1, 0, 3, 4})
    void anotherNumberOfApprovalsIsRefused(int approvals) {
        assertRefused("project.workflow.approvalsRange", () -> step("appraisal", 10, approvals, REVIEW_ACTIONS));
    }

    @Test
    void aStepNeedsActions() {
        assertRefused("project.workflow.actionsRequired", () -> step("appraisal", 10, 1, null));
        assertRefused("project.workflow.actionsRequired",
                () -> step("appraisal", 10, 1, EnumSet.noneOf(WorkflowAction.class)));
    }

    @Test
    void allowsTellsWhetherAnActionIsOneOfTheStepsActions() {
        StepDefinition implementation = new StepDefinition("implementation", StepKind.IMPLEMENTATION,
                Responsible.DISTRICT_MAYOR, EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.COMMENT), 65, 1);

        assertTrue(implementation.allows(WorkflowAction.SUBMIT));
        assertTrue(implementation.allows(WorkflowAction.COMMENT));
        assertFalse(implementation.allows(WorkflowAction.APPROVE));
        assertFalse(implementation.allows(WorkflowAction.RETURN));
        assertFalse(implementation.allows(WorkflowAction.REJECT));
    }

    @Test
    void aStepWithEveryActionAllowsEachOfThem() {
        StepDefinition step = step("anything", 10, 1, EnumSet.allOf(WorkflowAction.class));

        for (WorkflowAction action : WorkflowAction.values()) {
            assertTrue(step.allows(action), action.name());
        }
    }

    @Test
    void withGivesTheSameStepWithAnotherTimeAndApproverCount() {
        StepDefinition step = step("grant-decision", 10, 2, REVIEW_ACTIONS);

        StepDefinition changed = step.with(15, 1);

        assertEquals("grant-decision", changed.getCode());
        assertEquals(StepKind.DECISION, changed.getKind());
        assertEquals(Responsible.PROJECT_MANAGER, changed.getResponsible());
        assertEquals(REVIEW_ACTIONS, changed.getActions());
        assertEquals(15, changed.getSlaDays());
        assertEquals(1, changed.getRequiredApprovals());
        assertEquals(10, step.getSlaDays());
        assertEquals(2, step.getRequiredApprovals());
    }

    @Test
    void withChecksTheNewValues() {
        StepDefinition step = step("grant-decision", 10, 2, REVIEW_ACTIONS);

        assertRefused("project.workflow.slaRange", () -> step.with(131, 2));
        assertRefused("project.workflow.approvalsRange", () -> step.with(10, 0));
    }
}
