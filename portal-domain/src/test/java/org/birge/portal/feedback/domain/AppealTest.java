package org.birge.portal.feedback.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppealTest {

    /** Kazakhstan's days off around the end of 2026: Independence Day, New Year, Orthodox Christmas, 8 March, Nauryz. */
    private static final WorkingCalendar KZ = new WorkingCalendar(List.of(
            LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 7),
            LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 23)), List.of());
    private static final AppealClock CLOCK = new AppealClock(KZ);
    private static final long ZAISAN = 11L;
    private static final long TAVRIYA = 13L;
    private static final String AUTHOR = "resident.zaisan";

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(Appeal.ZONE).toInstant();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Appeal received(Instant when) {
        return new Appeal("ZAISAN-2026-001000", ZAISAN, AUTHOR, AppealKind.REQUEST, AppealCategory.HEATING,
                "Холодно в школе", "В школе №2 холодно в классах", Language.RU, null, true, when, CLOCK);
    }

    /** Received on Thursday 24 December 2026, before the New Year holidays. */
    private static Appeal christmasEve() {
        return received(at(2026, 12, 24));
    }

    private static Appeal answered(Instant when) {
        Appeal appeal = christmasEve();
        appeal.answer("Отопление починено", null, "akim.zaisan", when, CLOCK);
        return appeal;
    }

    // --- receipt and the clock ---

    @Test
    void anAppealIsReceivedWithTheClockStartedOnItsDay() {
        Appeal appeal = christmasEve();

        assertEquals(AppealStatus.RECEIVED, appeal.getStatus());
        assertEquals(day(2026, 12, 24), appeal.getReceivedOn());
        assertEquals(ZAISAN, appeal.getDistrictId());
        assertEquals(ZAISAN, appeal.getFirstDistrictId());
        assertEquals(Language.RU, appeal.getAnswerIn());
        assertTrue(appeal.isShownPublicly());
    }

    @Test
    void theDueDateCrossesTheNewYearAndChristmasHolidays() {
        // 25, 28-31 Dec (5); 1-2 Jan off; 4-6 Jan (8); 7 Jan off; 8 Jan (9); 11-15 Jan (14); 18 Jan (15)
        assertEquals(day(2027, 1, 18), christmasEve().getDueOn());
    }

    @Test
    void withoutHolidaysTheSameAppealWouldBeDueEarlier() {
        Appeal appeal = new Appeal("R-1", ZAISAN, AUTHOR, AppealKind.REQUEST, AppealCategory.ROADS, "s", "b",
                Language.KK, null, false, at(2026, 12, 24), new AppealClock(WorkingCalendar.weekendsOnly()));

        assertEquals(day(2027, 1, 14), appeal.getDueOn());
    }

    @Test
    void theRedirectDeadlineIsThreeWorkingDaysAfterReceipt() {
        assertEquals(day(2026, 12, 29), christmasEve().getRedirectBy());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-02, 2026-10-23",   // a Friday: three weekends in between
        "2026-10-03, 2026-10-23",   // a Saturday counts from Monday
        "2026-10-04, 2026-10-23",   // a Sunday too
        "2026-12-10, 2027-01-04",   // across Independence Day (16 Dec) and New Year
        "2027-03-01, 2027-03-25"    // across 8 March and Nauryz (22-23 March)
    })
    void dueDatesSkipWeekendsAndHolidays(LocalDate receivedOn, LocalDate dueOn) {
        assertEquals(dueOn, received(receivedOn.atTime(12, 0).atZone(Appeal.ZONE).toInstant()).getDueOn());
    }

    @Test
    void theDayOfReceiptIsKazakhstansDayNotUtcs() {
        // 20:00 UTC on 24 December is 01:00 on 25 December in Almaty
        Appeal appeal = received(Instant.parse("2026-12-24T20:00:00Z"));

        assertEquals(day(2026, 12, 25), appeal.getReceivedOn());
    }

    @Test
    void theAnswerLanguageIsTheOneChosenElseTheOneWrittenIn() {
        Appeal chosen = new Appeal("R-2", ZAISAN, AUTHOR, AppealKind.SUGGESTION, AppealCategory.SPORT_CULTURE,
                "Бассейн", "Рахмет", Language.RU, Language.KK, false, at(2026, 12, 24), CLOCK);

        assertEquals(Language.RU, chosen.getWrittenIn());
        assertEquals(Language.KK, chosen.getAnswerIn());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void aSubjectAndBodyAreRequired(String blank) {
        assertRefused("feedback.appeal.subjectRequired", () -> new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST,
                AppealCategory.ROADS, blank, "body", Language.RU, null, false, at(2026, 12, 24), CLOCK));
        assertRefused("feedback.appeal.bodyRequired", () -> new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST,
                AppealCategory.ROADS, "subject", blank, Language.RU, null, false, at(2026, 12, 24), CLOCK));
    }

    @Test
    void kindCategoryAndLanguageAreRequiredAndTextsLimited() {
        Instant now = at(2026, 12, 24);
        assertRefused("feedback.appeal.kindRequired", () -> new Appeal("R", ZAISAN, AUTHOR, null,
                AppealCategory.ROADS, "s", "b", Language.RU, null, false, now, CLOCK));
        assertRefused("feedback.appeal.categoryRequired", () -> new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST,
                null, "s", "b", Language.RU, null, false, now, CLOCK));
        assertRefused("feedback.appeal.languageRequired", () -> new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST,
                AppealCategory.ROADS, "s", "b", null, null, false, now, CLOCK));
        DomainException tooLong = assertRefused("feedback.appeal.tooLong", () -> new Appeal("R", ZAISAN, AUTHOR,
                AppealKind.REQUEST, AppealCategory.ROADS, "s".repeat(201), "b", Language.RU, null, false, now, CLOCK));
        assertEquals(List.of(200), tooLong.getArguments());
    }

    @Test
    void subjectAndBodyAreStoredStripped() {
        Appeal appeal = new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST, AppealCategory.ROADS, "  Дорога  ",
                "\n Ямы \n", Language.RU, null, false, at(2026, 12, 24), CLOCK);

        assertEquals("Дорога", appeal.getSubject());
        assertEquals("Ямы", appeal.getBody());
    }

    // --- extension ---

    @Test
    void anExtensionMovesTheDueDateAndTellsByThreeWorkingDaysAfterTheDecision() {
        Appeal appeal = christmasEve();

        appeal.extend(day(2027, 2, 10), "Нужна экспертиза котельной", day(2026, 12, 31), CLOCK);

        assertEquals(AppealStatus.EXTENDED, appeal.getStatus());
        assertEquals(day(2027, 2, 10), appeal.getDueOn());
        assertEquals(day(2026, 12, 31), appeal.getExtendedOn());
        // 1-3 Jan off: 4, 5, 6 January
        assertEquals(day(2027, 1, 6), appeal.getToldBy());
        assertEquals("Нужна экспертиза котельной", appeal.getExtensionReason());
    }

    @Test
    void anExtensionReachesAtMostTwoMonthsAfterReceipt() {
        Appeal appeal = christmasEve();

        DomainException refused = assertRefused("feedback.appeal.extendTooFar",
                () -> appeal.extend(day(2027, 2, 25), "reason", day(2026, 12, 28), CLOCK));
        assertEquals(List.of("24.02.2027"), refused.getArguments());

        appeal.extend(day(2027, 2, 24), "reason", day(2026, 12, 28), CLOCK);
        assertEquals(day(2027, 2, 24), appeal.getDueOn());
    }

    @Test
    void anExtensionMustBeLaterThanTheCurrentDueDate() {
        Appeal appeal = christmasEve();

        assertRefused("feedback.appeal.extendNotLater", () -> appeal.extend(day(2027, 1, 18), "r", day(2026, 12, 28), CLOCK));
        assertRefused("feedback.appeal.extendNotLater", () -> appeal.extend(day(2027, 1, 10), "r", day(2026, 12, 28), CLOCK));
        assertRefused("feedback.appeal.extendNotLater", () -> appeal.extend(null, "r", day(2026, 12, 28), CLOCK));
    }

    @Test
    void anAppealIsExtendedOnlyOnce() {
        Appeal appeal = christmasEve();
        appeal.extend(day(2027, 2, 1), "reason", day(2026, 12, 28), CLOCK);

        assertRefused("feedback.appeal.alreadyExtended", () -> appeal.extend(day(2027, 2, 20), "again", day(2027, 1, 5), CLOCK));
        assertEquals(day(2027, 2, 1), appeal.getDueOn());
    }

    @Test
    void anExtensionNeedsAReasonAndComesBeforeTheDueDatePasses() {
        Appeal appeal = christmasEve();

        assertRefused("feedback.appeal.reasonRequired", () -> appeal.extend(day(2027, 2, 1), " ", day(2026, 12, 28), CLOCK));
        assertEquals(AppealStatus.RECEIVED, appeal.getStatus());
        appeal.extend(day(2027, 2, 1), "on the due date itself", day(2027, 1, 18), CLOCK);

        Appeal late = christmasEve();
        assertRefused("feedback.appeal.extendTooLate", () -> late.extend(day(2027, 2, 1), "r", day(2027, 1, 19), CLOCK));
    }

    @Test
    void anAnsweredAppealIsNotExtended() {
        Appeal appeal = answered(at(2027, 1, 8));

        assertRefused("feedback.appeal.notOpen", () -> appeal.extend(day(2027, 2, 1), "r", day(2027, 1, 8), CLOCK));
    }

    // --- redirect ---

    @Test
    void aRedirectMovesTheAppealAndRestartsTheClockThere() {
        Appeal appeal = christmasEve();

        appeal.redirect(TAVRIYA, "Улица относится к Таврии", at(2026, 12, 29), CLOCK);

        assertEquals(TAVRIYA, appeal.getDistrictId());
        assertEquals(ZAISAN, appeal.getFirstDistrictId());
        assertEquals(AppealStatus.RECEIVED, appeal.getStatus());
        assertEquals(day(2026, 12, 29), appeal.getReceivedOn());
        // 30, 31 Dec; 4-6, 8 Jan; 11-15 Jan; 18-21 Jan
        assertEquals(day(2027, 1, 21), appeal.getDueOn());
        assertEquals(day(2027, 1, 4), appeal.getRedirectBy());
        assertNotNull(appeal.getRedirectedAt());
    }

    @Test
    void aRedirectAfterThreeWorkingDaysIsRefusedNamingTheLastDay() {
        Appeal appeal = christmasEve();

        DomainException refused = assertRefused("feedback.appeal.redirectTooLate",
                () -> appeal.redirect(TAVRIYA, "late", at(2026, 12, 30), CLOCK));
        assertEquals(List.of("29.12.2026"), refused.getArguments());
        assertEquals(ZAISAN, appeal.getDistrictId());
    }

    @Test
    void aRedirectGoesToAnotherDistrictWithAReason() {
        Appeal appeal = christmasEve();

        assertRefused("feedback.appeal.redirectSameDistrict", () -> appeal.redirect(ZAISAN, "r", at(2026, 12, 25), CLOCK));
        assertRefused("feedback.appeal.reasonRequired", () -> appeal.redirect(TAVRIYA, "", at(2026, 12, 25), CLOCK));
    }

    @Test
    void aRedirectDropsAnExtensionAndAnOverdueFlag() {
        Appeal appeal = christmasEve();
        appeal.extend(day(2027, 2, 1), "r", day(2026, 12, 25), CLOCK);

        appeal.redirect(TAVRIYA, "wrong district", at(2026, 12, 28), CLOCK);

        assertEquals(AppealStatus.RECEIVED, appeal.getStatus());
        assertNull(appeal.getExtendedOn());
        assertNull(appeal.getToldBy());
        assertNull(appeal.getExtensionReason());
        assertNull(appeal.getOverdueAt());
    }

    @Test
    void anAnsweredAppealIsNotRedirected() {
        Appeal appeal = answered(at(2026, 12, 25));

        assertRefused("feedback.appeal.notOpen", () -> appeal.redirect(TAVRIYA, "r", at(2026, 12, 28), CLOCK));
    }

    // --- answer and close ---

    @Test
    void anAnswerCountsWorkingDaysAndIsOnTimeUpToTheDueDate() {
        Appeal appeal = answered(at(2027, 1, 8));

        assertEquals(AppealStatus.ANSWERED, appeal.getStatus());
        assertEquals(9, appeal.getAnswerWorkingDays());
        assertTrue(appeal.getAnsweredOnTime());
        assertEquals("akim.zaisan", appeal.getAnsweredBy());

        assertTrue(answered(at(2027, 1, 18)).getAnsweredOnTime());
        Appeal late = answered(at(2027, 1, 19));
        assertFalse(late.getAnsweredOnTime());
        assertEquals(16, late.getAnswerWorkingDays());
    }

    @Test
    void anAnswerWithinAnExtensionIsOnTime() {
        Appeal appeal = christmasEve();
        appeal.extend(day(2027, 2, 10), "r", day(2027, 1, 5), CLOCK);

        appeal.answer("Готово", 510L, "akim.zaisan", at(2027, 2, 9), CLOCK);

        assertTrue(appeal.getAnsweredOnTime());
        assertEquals(510L, appeal.getProjectId());
    }

    @Test
    void anAnswerNeedsTextAndAnOpenAppeal() {
        Appeal appeal = christmasEve();

        assertRefused("feedback.appeal.answerRequired", () -> appeal.answer("  ", null, "akim", at(2027, 1, 5), CLOCK));
        assertEquals(AppealStatus.RECEIVED, appeal.getStatus());
        appeal.answer("ok", null, "akim", at(2027, 1, 5), CLOCK);
        assertRefused("feedback.appeal.notOpen", () -> appeal.answer("again", null, "akim", at(2027, 1, 6), CLOCK));
    }

    @Test
    void onlyAnAnsweredAppealIsClosed() {
        assertRefused("feedback.appeal.closeNotAnswered", () -> christmasEve().close(at(2027, 1, 5)));

        Appeal appeal = answered(at(2027, 1, 5));
        appeal.close(at(2027, 1, 6));

        assertEquals(AppealStatus.CLOSED, appeal.getStatus());
        assertRefused("feedback.appeal.closeNotAnswered", () -> appeal.close(at(2027, 1, 7)));
    }

    @Test
    void aProjectIsLinkedOnlyToAnAnswer() {
        assertRefused("feedback.appeal.notAnswered", () -> christmasEve().linkProject(510L));
        Appeal appeal = answered(at(2027, 1, 5));

        appeal.linkProject(520L);

        assertEquals(520L, appeal.getProjectId());
    }

    // --- rating and complaint ---

    @Test
    void theAuthorRatesTheAnswerOnce() {
        Appeal appeal = answered(at(2027, 1, 8));

        appeal.rate(AUTHOR, AppealRating.SATISFIED, null, at(2027, 1, 9));

        assertEquals(AppealRating.SATISFIED, appeal.getRating());
        assertNull(appeal.getRatingComment());
        assertNull(appeal.complaintBy());
        assertRefused("feedback.appeal.alreadyRated", () -> appeal.rate(AUTHOR, AppealRating.NOT_SATISFIED, "no", at(2027, 1, 10)));
    }

    @Test
    void nobodyButTheAuthorRatesAndOnlyAfterAnAnswer() {
        assertRefused("feedback.appeal.notAnswered", () -> christmasEve().rate(AUTHOR, AppealRating.SATISFIED, null, at(2027, 1, 9)));
        assertRefused("feedback.appeal.notAuthor",
                () -> answered(at(2027, 1, 8)).rate("someone.else", AppealRating.SATISFIED, null, at(2027, 1, 9)));
        assertRefused("feedback.appeal.ratingRequired", () -> answered(at(2027, 1, 8)).rate(AUTHOR, null, null, at(2027, 1, 9)));
    }

    @Test
    void notSatisfiedNeedsAComment() {
        Appeal appeal = answered(at(2027, 1, 8));

        assertRefused("feedback.appeal.ratingCommentRequired", () -> appeal.rate(AUTHOR, AppealRating.NOT_SATISFIED, " ", at(2027, 1, 9)));
        assertNull(appeal.getRating());
    }

    @Test
    void notSatisfiedAllowsAComplaintWithinThreeMonthsOfTheAnswer() {
        Appeal appeal = answered(at(2027, 1, 8));
        appeal.rate(AUTHOR, AppealRating.NOT_SATISFIED, "Холодно по-прежнему", at(2027, 1, 9));

        assertEquals(day(2027, 4, 8), appeal.complaintBy());
        appeal.complain(AUTHOR, "Прошу вмешаться", at(2027, 4, 8));

        assertTrue(appeal.isComplaintOpen());
        assertRefused("feedback.appeal.alreadyComplained", () -> appeal.complain(AUTHOR, "again", at(2027, 4, 8)));
    }

    @Test
    void aComplaintAfterThreeMonthsIsRefusedNamingTheLastDay() {
        Appeal appeal = answered(at(2027, 1, 8));
        appeal.rate(AUTHOR, AppealRating.NOT_SATISFIED, "no", at(2027, 1, 9));

        DomainException refused = assertRefused("feedback.appeal.complaintTooLate",
                () -> appeal.complain(AUTHOR, "late", at(2027, 4, 9)));
        assertEquals(List.of("08.04.2027"), refused.getArguments());
    }

    @Test
    void aComplaintNeedsANotSatisfiedRatingTheAuthorAndText() {
        Appeal satisfied = answered(at(2027, 1, 8));
        satisfied.rate(AUTHOR, AppealRating.SATISFIED, null, at(2027, 1, 9));
        assertRefused("feedback.appeal.complaintNotSatisfiedOnly", () -> satisfied.complain(AUTHOR, "x", at(2027, 1, 10)));
        assertRefused("feedback.appeal.complaintNotSatisfiedOnly", () -> answered(at(2027, 1, 8)).complain(AUTHOR, "x", at(2027, 1, 10)));

        Appeal unhappy = answered(at(2027, 1, 8));
        unhappy.rate(AUTHOR, AppealRating.NOT_SATISFIED, "no", at(2027, 1, 9));
        assertRefused("feedback.appeal.notAuthor", () -> unhappy.complain("other", "x", at(2027, 1, 10)));
        assertRefused("feedback.appeal.complaintRequired", () -> unhappy.complain(AUTHOR, "", at(2027, 1, 10)));
    }

    @Test
    void theGovernorAnswersAComplaintOnce() {
        Appeal appeal = answered(at(2027, 1, 8));
        assertRefused("feedback.appeal.noComplaint", () -> appeal.answerComplaint("x", "governor.east", at(2027, 1, 9)));
        appeal.rate(AUTHOR, AppealRating.NOT_SATISFIED, "no", at(2027, 1, 9));
        appeal.complain(AUTHOR, "please", at(2027, 1, 10));

        assertRefused("feedback.appeal.answerRequired", () -> appeal.answerComplaint(" ", "governor.east", at(2027, 1, 11)));
        appeal.answerComplaint("Поручено акиму", "governor.east", at(2027, 1, 11));

        assertFalse(appeal.isComplaintOpen());
        assertEquals("governor.east", appeal.getComplaintAnsweredBy());
        assertRefused("feedback.appeal.complaintAlreadyAnswered", () -> appeal.answerComplaint("y", "governor.east", at(2027, 1, 12)));
    }

    // --- moderation ---

    @Test
    void theMayorHidesAPublicAppealWithAReasonOnce() {
        Appeal appeal = christmasEve();

        assertRefused("feedback.appeal.reasonRequired", () -> appeal.hide("", "akim.zaisan", at(2026, 12, 25)));
        appeal.hide("Оскорбления", "akim.zaisan", at(2026, 12, 25));

        assertFalse(appeal.isShownPublicly());
        assertTrue(appeal.isPublicAppeal());
        assertEquals("akim.zaisan", appeal.getHiddenBy());
        assertRefused("feedback.appeal.alreadyHidden", () -> appeal.hide("again", "akim.zaisan", at(2026, 12, 26)));
    }

    @Test
    void aPrivateAppealIsNotHidden() {
        Appeal appeal = new Appeal("R", ZAISAN, AUTHOR, AppealKind.REQUEST, AppealCategory.ROADS, "s", "b",
                Language.RU, null, false, at(2026, 12, 24), CLOCK);

        assertFalse(appeal.isShownPublicly());
        assertRefused("feedback.appeal.hideNotPublic", () -> appeal.hide("r", "akim", at(2026, 12, 25)));
    }

    // --- overdue ---

    @Test
    void anOpenAppealIsFlaggedOverdueOnceTheDayAfterItsDueDate() {
        Appeal appeal = christmasEve();

        assertFalse(appeal.markOverdue(day(2027, 1, 18), at(2027, 1, 18)));
        assertFalse(appeal.isOverdueOn(day(2027, 1, 18)));
        assertTrue(appeal.markOverdue(day(2027, 1, 19), at(2027, 1, 19)));
        assertTrue(appeal.isOverdueOn(day(2027, 1, 19)));
        assertNotNull(appeal.getOverdueAt());
        assertFalse(appeal.markOverdue(day(2027, 1, 20), at(2027, 1, 20)));
    }

    @Test
    void anAnsweredOrExtendedInTimeAppealIsNotOverdue() {
        assertFalse(answered(at(2027, 1, 8)).markOverdue(day(2027, 1, 25), at(2027, 1, 25)));

        Appeal extended = christmasEve();
        extended.extend(day(2027, 2, 10), "r", day(2027, 1, 5), CLOCK);
        assertFalse(extended.markOverdue(day(2027, 1, 25), at(2027, 1, 25)));
        assertTrue(extended.markOverdue(day(2027, 2, 11), at(2027, 2, 11)));
    }

    @Test
    void aReferenceIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Appeal(" ", ZAISAN, AUTHOR, AppealKind.REQUEST,
                AppealCategory.ROADS, "s", "b", Language.RU, null, false, at(2026, 12, 24), CLOCK));
    }

    @Test
    void openStatesAreReceivedAndExtended() {
        assertEquals(java.util.EnumSet.of(AppealStatus.RECEIVED, AppealStatus.EXTENDED), AppealStatus.open());
        assertTrue(AppealStatus.EXTENDED.isOpen());
        assertFalse(AppealStatus.ANSWERED.isOpen());
        assertFalse(AppealStatus.CLOSED.isOpen());
    }
}
