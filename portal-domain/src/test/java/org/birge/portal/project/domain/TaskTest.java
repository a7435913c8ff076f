package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.projectAt;
import static org.birge.portal.project.domain.ProjectFixtures.publishedWorkflow;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskTest {

    private static final LocalDate OPENED = LocalDate.parse("2026-03-16");
    private static final LocalDate DUE = LocalDate.parse("2026-03-30");
    private static final Instant FIRST = Instant.parse("2026-03-18T06:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-03-19T09:00:00Z");

    /** The grant decision, which the default workflow gives to two different project managers. */
    private static Task decisionTask() {
        return Task.forStep(projectAt(3), OPENED, DUE);
    }

    /** The governor's endorsement, which one person completes. */
    private static Task endorsementTask() {
        return Task.forStep(projectAt(1), OPENED, DUE);
    }

    @Test
    void aStepTaskCopiesTheStepAndThePlaceOfTheProject() {
        Project project = projectAt(3);

        Task task = Task.forStep(project, OPENED, DUE);

        assertSame(project, task.getProject());
        assertEquals(TaskKind.STEP, task.getKind());
        assertEquals(3, task.getStepPosition());
        assertEquals("grant-decision", task.getStepCode());
        assertEquals(Responsible.PROJECT_MANAGER, task.getResponsible());
        assertEquals(2, task.getRequiredApprovals());
        assertEquals(2000L, task.getDistrictId());
        assertEquals(1000L, task.getRegionId());
        assertNull(task.getReportId());
        assertEquals(OPENED, task.getOpenedOn());
        assertEquals(DUE, task.getDueOn());
        assertEquals(TaskStatus.OPEN, task.getStatus());
    }

    @Test
    void aReportTaskIsOneProjectManagersReviewOfTheReport() {
        Task task = Task.forReport(projectAt(4), 7001L, OPENED, DUE);

        assertEquals(TaskKind.REPORT_REVIEW, task.getKind());
        assertEquals("report-review", task.getStepCode());
        assertEquals(Responsible.PROJECT_MANAGER, task.getResponsible());
        assertEquals(7001L, task.getReportId());
        assertEquals(4, task.getStepPosition());
        assertEquals(1, task.getRequiredApprovals());
        assertEquals(TaskStatus.OPEN, task.getStatus());
    }

    // ---------------------------------------------------------------- four eyes

    @Test
    void theFirstApprovalOfATwoApprovalTaskWaitsForASecondPerson() {
        Task task = decisionTask();

        boolean completed = task.approve("p.manager", FIRST);

        assertFalse(completed);
        assertEquals("p.manager", task.getFirstApprover());
        assertEquals(TaskStatus.OPEN, task.getStatus());
        assertNull(task.getCompletedBy());
        assertNull(task.getCompletedAt());
        assertNull(task.getOutcome());
    }

    @Test
    void theSamePersonCannotGiveTheSecondApproval() {
        Task task = decisionTask();
        task.approve("p.manager", FIRST);

        DomainException refused = assertRefused("project.task.fourEyes", () -> task.approve("p.manager", SECOND));

        assertEquals(List.of(), refused.getArguments());
        assertEquals(TaskStatus.OPEN, task.getStatus());
        assertEquals("p.manager", task.getFirstApprover());
        assertNull(task.getCompletedBy());
    }

    @Test
    void aSecondPersonCompletesATwoApprovalTask() {
        Task task = decisionTask();
        task.approve("p.manager", FIRST);

        boolean completed = task.approve("a.second", SECOND);

        assertTrue(completed);
        assertEquals(TaskStatus.DONE, task.getStatus());
        assertEquals("p.manager", task.getFirstApprover());
        assertEquals("a.second", task.getCompletedBy());
        assertEquals(SECOND, task.getCompletedAt());
        assertEquals(WorkflowAction.APPROVE, task.getOutcome());
    }

    @Test
    void aOneApprovalTaskIsCompletedByTheFirstApproval() {
        Task task = endorsementTask();

        boolean completed = task.approve("g.governor", FIRST);

        assertTrue(completed);
        assertEquals(TaskStatus.DONE, task.getStatus());
        assertEquals("g.governor", task.getCompletedBy());
        assertEquals(FIRST, task.getCompletedAt());
        assertEquals(WorkflowAction.APPROVE, task.getOutcome());
    }

    @Test
    void aStepCannotAskForMoreThanTwoApprovers() {
        // Four eyes is the most a step asks for: a task records one first approver and completes at the second.
        DomainException refused = assertThrows(DomainException.class, () -> publishedWorkflow().nextVersion(List.of(
                new int[] {10, 1}, new int[] {5, 1}, new int[] {10, 1}, new int[] {10, 3}, new int[] {65, 1},
                new int[] {10, 1})));
        assertEquals("project.workflow.approvalsRange", refused.getMessageKey());
    }

    // ---------------------------------------------------------------- finish and cancel

    @Test
    void finishEndsTheTaskWithItsOutcome() {
        Task task = decisionTask();

        task.finish("p.manager", WorkflowAction.RETURN, FIRST);

        assertEquals(TaskStatus.DONE, task.getStatus());
        assertEquals("p.manager", task.getCompletedBy());
        assertEquals(FIRST, task.getCompletedAt());
        assertEquals(WorkflowAction.RETURN, task.getOutcome());
    }

    @Test
    void cancelEndsTheTaskWithoutAnyoneCompletingIt() {
        Task task = decisionTask();

        task.cancel(FIRST);

        assertEquals(TaskStatus.CANCELLED, task.getStatus());
        assertEquals(FIRST, task.getCompletedAt());
        assertNull(task.getCompletedBy());
        assertNull(task.getOutcome());
    }

    @Test
    void aDoneTaskCannotBeFinishedCancelledOrApprovedAgain() {
        Task task = endorsementTask();
        task.approve("g.governor", FIRST);

        assertRefused("project.task.notOpen", () -> task.finish("g.other", WorkflowAction.REJECT, SECOND));
        assertRefused("project.task.notOpen", () -> task.cancel(SECOND));
        assertRefused("project.task.notOpen", () -> task.approve("g.other", SECOND));
        assertEquals(TaskStatus.DONE, task.getStatus());
        assertEquals("g.governor", task.getCompletedBy());
        assertEquals(WorkflowAction.APPROVE, task.getOutcome());
        assertEquals(FIRST, task.getCompletedAt());
    }

    @Test
    void aCancelledTaskCannotBeFinishedCancelledOrApproved() {
        Task task = decisionTask();
        task.cancel(FIRST);

        assertRefused("project.task.notOpen", () -> task.finish("p.manager", WorkflowAction.APPROVE, SECOND));
        assertRefused("project.task.notOpen", () -> task.cancel(SECOND));
        assertRefused("project.task.notOpen", () -> task.approve("p.manager", SECOND));
        assertEquals(TaskStatus.CANCELLED, task.getStatus());
    }

    // ---------------------------------------------------------------- overdue and escalation

    @ParameterizedTest(name = "due {0}, today {1}: overdue {2}")
    @CsvSource({
            "2026-03-30, 2026-03-29, false",
            "2026-03-30, 2026-03-30, false",
            "2026-03-30, 2026-03-31, true",
            "2026-03-30, 2026-06-01, true"
    })
    void anOpenTaskIsOverdueFromTheDayAfterItsDueDate(LocalDate due, LocalDate today, boolean overdue) {
        Task task = Task.forStep(projectAt(1), OPENED, due);

        assertEquals(overdue, task.isOverdue(today));
    }

    @Test
    void aDoneOrCancelledTaskIsNeverOverdue() {
        Task done = endorsementTask();
        done.approve("g.governor", FIRST);
        Task cancelled = endorsementTask();
        cancelled.cancel(FIRST);

        assertFalse(done.isOverdue(DUE.plusDays(30)));
        assertFalse(cancelled.isOverdue(DUE.plusDays(30)));
    }

    @Test
    void escalateMarksAnOverdueTask() {
        Task task = endorsementTask();

        assertTrue(task.escalate(DUE.plusDays(1)));
        assertEquals(DUE.plusDays(1), task.getEscalatedOn());
    }

    @Test
    void escalateHappensOnlyOnce() {
        Task task = endorsementTask();
        task.escalate(DUE.plusDays(1));

        assertFalse(task.escalate(DUE.plusDays(2)));
        assertEquals(DUE.plusDays(1), task.getEscalatedOn());
    }

    @Test
    void aTaskThatIsNotOverdueIsNotEscalated() {
        Task task = endorsementTask();

        assertFalse(task.escalate(DUE));
        assertNull(task.getEscalatedOn());
    }

    @Test
    void aDoneTaskIsNotEscalatedHoweverLateItIs() {
        Task task = endorsementTask();
        task.approve("g.governor", FIRST);

        assertFalse(task.escalate(DUE.plusDays(30)));
        assertNull(task.getEscalatedOn());
    }

    @Test
    void anEscalatedTaskCanStillBeCompleted() {
        Task task = decisionTask();
        task.escalate(DUE.plusDays(1));
        task.approve("p.manager", FIRST);

        assertTrue(task.approve("a.second", SECOND));
        assertEquals(DUE.plusDays(1), task.getEscalatedOn());
    }
}
