package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealClock;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.feedback.service.AppealDraft;
import org.birge.portal.feedback.service.AppealFilter;
import org.birge.portal.feedback.service.AppealReceipt;
import org.birge.portal.feedback.service.AppealRow;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.feedback.service.AppealUpload;
import org.birge.portal.feedback.service.AppealView;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A resident's appeal through the district's hands: a reference at once, the mayor's inbox paged, filtered
 * and sorted by deadline, the clock's limits on extension and redirect, the answer, the rating and the
 * complaint window, and moderation.
 */
@ExtendWith(ArquillianExtension.class)
class AppealIT {

    static final String RESIDENT = "resident";
    static final String MAYOR = "mayor";
    static final String GOVERNOR = "governor";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("appeal-it");
    }

    @EJB
    private AppealService appeals;
    @EJB
    private AttachmentService attachments;
    @EJB
    private NotificationService notifications;
    @EJB
    private CalendarService calendar;
    @EJB
    private Fixtures fixtures;
    @EJB
    private AppealSetup setup;
    @Inject
    private TestSignIn signIn;

    private Region region;
    private District district;
    private District other;
    private String resident;
    private String mayor;
    private String otherMayor;
    private String governor;

    @BeforeEach
    void place() {
        region = fixtures.region(Fixtures.unique("ZR"));
        district = fixtures.district(Fixtures.unique("ZD"), region);
        other = fixtures.district(Fixtures.unique("ZD"), region);
        resident = fixtures.newPerson(district, null, Role.RESIDENT);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        otherMayor = fixtures.newPerson(other, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
    }

    static AppealDraft draft(String subject, AppealCategory category, boolean publicAppeal) {
        return new AppealDraft(AppealKind.REQUEST, category, subject, "Текст обращения: " + subject, Language.RU,
                null, publicAppeal);
    }

    private AppealReceipt submit(String subject) throws Exception {
        return signIn.as(resident, RESIDENT, () -> appeals.submit(draft(subject, AppealCategory.ROADS, true), List.of()));
    }

    private AppealView asMayor(long id) throws Exception {
        return signIn.as(mayor, MAYOR, () -> appeals.appeal(id));
    }

    private List<NotificationRow> notes(String username, String role, String kind) throws Exception {
        return signIn.as(username, role, () -> notifications.mine(PageRequest.of(0, 50))).rows().stream()
                .filter(n -> n.kind().equals(kind)).toList();
    }

    private static String key(Exception e) {
        return e instanceof DomainException d ? d.getMessageKey() : ((PortalException) e).getMessageKey();
    }

    @Test
    void aSubmittedAppealGetsAReadableReferenceAtOnceAndTheMayorIsTold() throws Exception {
        byte[] pdf = "%PDF-1.4 appeal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        AppealReceipt receipt = signIn.as(resident, RESIDENT, () -> appeals.submit(
                draft("Яма у школы", AppealCategory.ROADS, false), List.of(new AppealUpload("яма.pdf", pdf))));

        LocalDate today = PortalClock.today();
        assertTrue(receipt.reference().matches(district.getCode() + "-" + today.getYear() + "-\\d{6}"),
                receipt.reference());
        assertEquals(calendar.dueDate(today, AppealClock.ANSWER_WORKING_DAYS), receipt.dueOn());
        AppealView seen = signIn.as(resident, RESIDENT, () -> appeals.appeal(receipt.id()));
        assertEquals(AppealStatus.RECEIVED, seen.status());
        assertEquals(calendar.dueDate(today, AppealClock.REDIRECT_WORKING_DAYS), seen.redirectBy());
        assertEquals(Language.RU, seen.answerIn());
        assertEquals(1, seen.files().size());
        assertEquals("яма.pdf", seen.files().get(0).fileName());
        assertNotNull(signIn.as(mayor, MAYOR, () -> attachments.appealFile(seen.files().get(0).id())));
        List<NotificationRow> told = notes(mayor, MAYOR, "appeal.received");
        assertEquals(1, told.size());
        assertEquals(receipt.reference(), told.get(0).arguments().get(0));

        AppealReceipt second = submit("Второе");
        assertFalse(second.reference().equals(receipt.reference()));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndNothingIsKept() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DomainException refused = assertThrows(DomainException.class, () -> signIn.as(resident, RESIDENT,
                () -> appeals.submit(draft("Файл", AppealCategory.OTHER, false), List.of(new AppealUpload("x.html", html)))));
        assertEquals("project.attachment.type", refused.getMessageKey());
        assertEquals(0, signIn.as(resident, RESIDENT, () -> appeals.mine(PageRequest.of(0, 5))).total());
    }

    @Test
    void theInboxIsPagedFilteredAndSortedByDeadline() throws Exception {
        LocalDate today = PortalClock.today();
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = signIn.as(resident, RESIDENT, () -> appeals.submit(draft("Обращение", AppealCategory.ROADS, false),
                    List.of())).id();
        }
        long water = signIn.as(resident, RESIDENT, () -> appeals.submit(draft("Вода", AppealCategory.WATER, false),
                List.of())).id();
        // Due in 9, 8, 7, 6, 5 weeks: in inverse order of submission, all after the water appeal's 15 working days.
        for (int i = 0; i < 5; i++) {
            LocalDate due = today.plusWeeks(9 - i);
            setup.receivedOn(ids[i], today, today.plusDays(4), due);
        }

        Page<AppealRow> first = signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 2), AppealFilter.none()));
        assertEquals(6, first.total());
        assertEquals(List.of(water, ids[4]), first.rows().stream().map(AppealRow::id).toList());
        Page<AppealRow> third = signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(4, 2), AppealFilter.none()));
        assertEquals(List.of(ids[1], ids[0]), third.rows().stream().map(AppealRow::id).toList());

        Page<AppealRow> waterOnly = signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(null, AppealCategory.WATER, null, null, false, false)));
        assertEquals(List.of(water), waterOnly.rows().stream().map(AppealRow::id).toList());

        Page<AppealRow> range = signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(null, null, today.plusWeeks(6), today.plusWeeks(7), false, false)));
        assertEquals(List.of(ids[3], ids[2]), range.rows().stream().map(AppealRow::id).toList());

        signIn.as(mayor, MAYOR, () -> {
            AppealView v = appeals.appeal(water);
            appeals.answer(water, v.version(), "Ответ", null);
            return null;
        });
        Page<AppealRow> answered = signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(AppealStatus.ANSWERED, null, null, null, false, false)));
        assertEquals(List.of(water), answered.rows().stream().map(AppealRow::id).toList());
        assertEquals(5, signIn.as(mayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(null, null, null, null, true, false))).total());
        Page<AppealRow> byReference = signIn.as(mayor, MAYOR, () -> appeals.inbox(
                new PageRequest(0, 10, "reference", false), AppealFilter.none()));
        assertEquals(water, byReference.rows().get(0).id(), "the newest reference first when sorted so");
        assertEquals(0, signIn.as(otherMayor, MAYOR, () -> appeals.inbox(PageRequest.of(0, 10), AppealFilter.none())).total());
        assertEquals(6, signIn.as(governor, GOVERNOR, () -> appeals.inbox(PageRequest.of(0, 10), AppealFilter.none())).total());
    }

    @Test
    void anExtensionIsOnceWithAReasonAndAtMostTwoMonthsAfterReceipt() throws Exception {
        AppealReceipt receipt = submit("Продление");
        AppealView seen = asMayor(receipt.id());
        LocalDate tooFar = seen.receivedOn().plusMonths(2).plusDays(1);

        DomainException far = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.extend(receipt.id(), seen.version(), tooFar, "Экспертиза");
            return null;
        }));
        assertEquals("feedback.appeal.extendTooFar", far.getMessageKey());
        DomainException noReason = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.extend(receipt.id(), seen.version(), seen.receivedOn().plusMonths(2), " ");
            return null;
        }));
        assertEquals("feedback.appeal.reasonRequired", noReason.getMessageKey());

        signIn.as(mayor, MAYOR, () -> {
            appeals.extend(receipt.id(), seen.version(), seen.receivedOn().plusMonths(2), "Экспертиза котельной");
            return null;
        });
        AppealView extended = asMayor(receipt.id());
        assertEquals(AppealStatus.EXTENDED, extended.status());
        assertEquals(seen.receivedOn().plusMonths(2), extended.dueOn());
        assertEquals(calendar.dueDate(PortalClock.today(), AppealClock.TELL_WORKING_DAYS), extended.toldBy());
        List<NotificationRow> told = notes(resident, RESIDENT, "appeal.extended");
        assertEquals(1, told.size(), "the resident is told at once");
        assertFalse(extended.can().extend());

        DomainException again = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.extend(receipt.id(), extended.version(), extended.dueOn().plusDays(1), "ещё");
            return null;
        }));
        assertEquals("feedback.appeal.alreadyExtended", again.getMessageKey());
    }

    @Test
    void aRedirectWithinThreeWorkingDaysMovesTheAppealAndLaterIsRefused() throws Exception {
        AppealReceipt fresh = submit("Не наш район");
        AppealView seen = asMayor(fresh.id());
        signIn.as(mayor, MAYOR, () -> {
            appeals.redirect(fresh.id(), seen.version(), other.getId(), "Улица относится к соседнему району");
            return null;
        });
        assertThrows(org.birge.portal.shared.service.AccessDeniedException.class, () -> asMayor(fresh.id()),
                "the first district no longer reads it");
        AppealView there = signIn.as(otherMayor, MAYOR, () -> appeals.appeal(fresh.id()));
        assertEquals(other.getId(), there.district().id());
        assertEquals(district.getId(), there.firstDistrict().id());
        assertEquals(PortalClock.today(), there.receivedOn());
        assertEquals(1, notes(otherMayor, MAYOR, "appeal.received").size());
        assertEquals(1, notes(resident, RESIDENT, "appeal.redirected").size());

        AppealReceipt old = submit("Поздно");
        LocalDate received = PortalClock.today().minusDays(20);
        setup.receivedOn(old.id(), received, calendar.dueDate(received, 3), calendar.dueDate(received, 15));
        AppealView late = asMayor(old.id());
        assertFalse(late.can().redirect());
        DomainException refused = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.redirect(old.id(), late.version(), other.getId(), "поздно");
            return null;
        }));
        assertEquals("feedback.appeal.redirectTooLate", refused.getMessageKey());
        assertEquals(List.of(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(late.redirectBy())),
                refused.getArguments());
    }

    @Test
    void anAnswerIsTimedAndTheAuthorRatesItAndMayComplainWithinThreeMonths() throws Exception {
        AppealReceipt receipt = submit("Отопление");
        signIn.as(mayor, MAYOR, () -> {
            appeals.answer(receipt.id(), appeals.appeal(receipt.id()).version(), "Починили", null);
            return null;
        });
        AppealView answered = signIn.as(resident, RESIDENT, () -> appeals.appeal(receipt.id()));
        assertEquals(AppealStatus.ANSWERED, answered.status());
        assertTrue(answered.answeredOnTime());
        assertEquals(0, answered.answerWorkingDays());
        assertEquals(1, notes(resident, RESIDENT, "appeal.answered").size());
        assertTrue(answered.can().rate());

        DomainException noComment = assertThrows(DomainException.class, () -> signIn.as(resident, RESIDENT, () -> {
            appeals.rate(receipt.id(), answered.version(), AppealRating.NOT_SATISFIED, "");
            return null;
        }));
        assertEquals("feedback.appeal.ratingCommentRequired", noComment.getMessageKey());
        signIn.as(resident, RESIDENT, () -> {
            appeals.rate(receipt.id(), answered.version(), AppealRating.NOT_SATISFIED, "Холодно по-прежнему");
            return null;
        });
        AppealView rated = signIn.as(resident, RESIDENT, () -> appeals.appeal(receipt.id()));
        assertTrue(rated.can().complain());
        signIn.as(resident, RESIDENT, () -> {
            appeals.complain(receipt.id(), rated.version(), "Прошу вмешаться");
            return null;
        });
        assertEquals(1, notes(governor, GOVERNOR, "appeal.complaint").size());
        Page<AppealRow> tasks = signIn.as(governor, GOVERNOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(null, null, null, null, false, true)));
        assertEquals(List.of(receipt.id()), tasks.rows().stream().map(AppealRow::id).toList());
        AppealView complaint = signIn.as(governor, GOVERNOR, () -> appeals.appeal(receipt.id()));
        assertTrue(complaint.can().answerComplaint());
        signIn.as(governor, GOVERNOR, () -> {
            appeals.answerComplaint(receipt.id(), complaint.version(), "Поручено акиму района");
            return null;
        });
        assertEquals(1, notes(resident, RESIDENT, "appeal.complaintAnswered").size());
        assertEquals(0, signIn.as(governor, GOVERNOR, () -> appeals.inbox(PageRequest.of(0, 10),
                new AppealFilter(null, null, null, null, false, true))).total());

        // Another answer, four months old: the complaint window has closed.
        AppealReceipt old = submit("Старый ответ");
        signIn.as(mayor, MAYOR, () -> {
            appeals.answer(old.id(), appeals.appeal(old.id()).version(), "Ответ", null);
            return null;
        });
        signIn.as(resident, RESIDENT, () -> {
            appeals.rate(old.id(), appeals.appeal(old.id()).version(), AppealRating.NOT_SATISFIED, "нет");
            return null;
        });
        setup.answeredAt(old.id(), Instant.now().minus(125, ChronoUnit.DAYS));
        AppealView expired = signIn.as(resident, RESIDENT, () -> appeals.appeal(old.id()));
        assertFalse(expired.can().complain());
        DomainException late = assertThrows(DomainException.class, () -> signIn.as(resident, RESIDENT, () -> {
            appeals.complain(old.id(), expired.version(), "поздно");
            return null;
        }));
        assertEquals("feedback.appeal.complaintTooLate", late.getMessageKey());
    }

    @Test
    void aRatingComesOnlyAfterAnAnswerAndACloseOnlyAfterAnAnswer() throws Exception {
        AppealReceipt receipt = submit("Рано");
        AppealView open = signIn.as(resident, RESIDENT, () -> appeals.appeal(receipt.id()));
        assertFalse(open.can().rate());
        DomainException early = assertThrows(DomainException.class, () -> signIn.as(resident, RESIDENT, () -> {
            appeals.rate(receipt.id(), open.version(), AppealRating.SATISFIED, null);
            return null;
        }));
        assertEquals("feedback.appeal.notAnswered", early.getMessageKey());
        DomainException close = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.close(receipt.id(), open.version());
            return null;
        }));
        assertEquals("feedback.appeal.closeNotAnswered", close.getMessageKey());
        DomainException blank = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.answer(receipt.id(), open.version(), "  ", null);
            return null;
        }));
        assertEquals("feedback.appeal.answerRequired", blank.getMessageKey());
        signIn.as(mayor, MAYOR, () -> {
            appeals.answer(receipt.id(), open.version(), "Ответ", null);
            appeals.close(receipt.id(), appeals.appeal(receipt.id()).version());
            return null;
        });
        assertEquals(AppealStatus.CLOSED, asMayor(receipt.id()).status());
    }

    @Test
    void aStaleVersionIsRefusedNamingWhoChangedIt() throws Exception {
        AppealReceipt receipt = submit("Версия");
        AppealView seen = asMayor(receipt.id());
        signIn.as(mayor, MAYOR, () -> {
            appeals.answer(receipt.id(), seen.version(), "Первый ответ", null);
            return null;
        });
        assertThrows(ConcurrentChangeException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.hide(receipt.id(), seen.version(), "устаревшая версия");
            return null;
        }));
    }

    @Test
    void theMayorHidesAPublicAppealWithAReasonAndTheAuthorStillSeesIt() throws Exception {
        AppealReceipt open = submit("Публичное");
        AppealView seen = asMayor(open.id());
        assertTrue(seen.can().hide());
        signIn.as(mayor, MAYOR, () -> {
            appeals.hide(open.id(), seen.version(), "Оскорбительные выражения");
            return null;
        });
        AppealView authorSees = signIn.as(resident, RESIDENT, () -> appeals.appeal(open.id()));
        assertTrue(authorSees.hidden());
        assertEquals("Оскорбительные выражения", authorSees.hiddenReason());
        assertTrue(signIn.as(resident, RESIDENT, () -> appeals.mine(PageRequest.of(0, 10))).rows().stream()
                .anyMatch(r -> r.id() == open.id() && r.hidden()));
        assertFalse(setup.appeal(open.id()).isShownPublicly());

        AppealReceipt privateOne = signIn.as(resident, RESIDENT, () -> appeals.submit(
                draft("Личное", AppealCategory.SOCIAL, false), List.of()));
        AppealView notPublic = asMayor(privateOne.id());
        assertFalse(notPublic.can().hide());
        DomainException refused = assertThrows(DomainException.class, () -> signIn.as(mayor, MAYOR, () -> {
            appeals.hide(privateOne.id(), notPublic.version(), "нет");
            return null;
        }));
        assertEquals("feedback.appeal.hideNotPublic", refused.getMessageKey());
    }

    @Test
    void aResidentWithoutDistrictCannotSubmit() throws Exception {
        String homeless = fixtures.newPerson(null, null, Role.RESIDENT);
        PortalException refused = assertThrows(PortalException.class, () -> signIn.as(homeless, RESIDENT,
                () -> appeals.submit(draft("Без района", AppealCategory.OTHER, false), List.of())));
        assertEquals("feedback.appeal.noDistrict", key(refused));
    }
}
