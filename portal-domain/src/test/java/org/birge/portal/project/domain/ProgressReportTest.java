package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.projectAt;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressReportTest {

    private static final String NARRATIVE = "The fence is up and the tiles are laid.";

    private final Project project = projectAt(4);

    private ProgressReport report() {
        return new ProgressReport(project, 2026, 3, NARRATIVE, "Equipment delivery is late");
    }

    @Test
    void aNewReportIsSubmittedForItsPeriod() {
        ProgressReport report = new ProgressReport(project, 2026, 3, "  " + NARRATIVE + "\n", " Delivery late ");

        assertSame(project, report.getProject());
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        assertEquals(2026, report.getYear());
        assertEquals(3, report.getQuarter());
        assertEquals("2026 Q3", report.period());
        assertEquals(NARRATIVE, report.getNarrative());
        assertEquals("Delivery late", report.getIssues());
        assertNull(report.getReviewComment());
    }

    @Test
    void blankIssuesAreNoIssues() {
        assertNull(new ProgressReport(project, 2026, 3, NARRATIVE, "   ").getIssues());
        assertNull(new ProgressReport(project, 2026, 3, NARRATIVE, null).getIssues());
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @CsvSource({"2026, 0", "2026, 5", "2026, -1", "1999, 4", "2101, 1"})
    void aPeriodOutsideTheQuartersOfThisCenturyIsRefused(int year, int quarter) {
        assertRefused("project.report.period", () -> new ProgressReport(project, year, quarter, NARRATIVE, null));
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @CsvSource({"2000, 1", "2026, 1", "2026, 4", "2100, 4"})
    void aPeriodAtTheEdgesIsAccepted(int year, int quarter) {
        assertEquals(year + " Q" + quarter, new ProgressReport(project, year, quarter, NARRATIVE, null).period());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void aReportNeedsANarrative(String narrative) {
        assertRefused("project.report.narrativeRequired", () -> new ProgressReport(project, 2026, 3, narrative, null));
    }

    @Test
    void aNarrativeOrIssuesLongerThanTheColumnAreRefused() {
        String tooLong = "x".repeat(ProgressReport.TEXT_LENGTH + 1);

        DomainException refused = assertRefused("project.textLength",
                () -> new ProgressReport(project, 2026, 3, tooLong, null));
        assertEquals(List.of(ProgressReport.TEXT_LENGTH), refused.getArguments());
        assertRefused("project.textLength", () -> new ProgressReport(project, 2026, 3, NARRATIVE, tooLong));
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {0, 1, 3, 5})
    void onlyAProjectInImplementationIsReportedOn(int position) {
        Project elsewhere = projectAt(position);

        assertRefused("project.report.notInImplementation",
                () -> new ProgressReport(elsewhere, 2026, 3, NARRATIVE, null));
    }

    @Test
    void acceptTakesTheReportWithAnOptionalComment() {
        ProgressReport report = report();

        report.accept("  Good progress ");

        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertEquals("Good progress", report.getReviewComment());
    }

    @Test
    void acceptWithoutACommentLeavesNoComment() {
        ProgressReport report = report();

        report.accept(" ");

        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
        assertNull(report.getReviewComment());
    }

    @Test
    void returnToMayorNeedsAComment() {
        ProgressReport report = report();

        assertRefused("project.action.commentRequired", () -> report.returnToMayor(null));
        assertRefused("project.action.commentRequired", () -> report.returnToMayor("  "));
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void returnToMayorSendsTheReportBackWithTheComment() {
        ProgressReport report = report();

        report.returnToMayor(" Attach the photos of the fence ");

        assertEquals(ReportStatus.RETURNED, report.getStatus());
        assertEquals("Attach the photos of the fence", report.getReviewComment());
    }

    @Test
    void anAcceptedReportCannotBeReviewedAgain() {
        ProgressReport report = report();
        report.accept(null);

        assertRefused("project.report.notSubmitted", () -> report.accept("again"));
        assertRefused("project.report.notSubmitted", () -> report.returnToMayor("too late"));
        assertEquals(ReportStatus.ACCEPTED, report.getStatus());
    }

    @Test
    void aReturnedReportCannotBeReviewedAgain() {
        ProgressReport report = report();
        report.returnToMayor("Attach the photos");

        assertRefused("project.report.notSubmitted", () -> report.accept(null));
        assertRefused("project.report.notSubmitted", () -> report.returnToMayor("again"));
        assertEquals("Attach the photos", report.getReviewComment());
    }
}
