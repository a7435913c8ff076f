package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.service.AppealEscalationService;
import org.birge.portal.feedback.service.AppealReceipt;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timer's sweep flags the open appeals past their due date and escalates each to the governors of its
 * region once; an appeal due today, an answered one and the other region's governor are left alone. The
 * appeals are made overdue by receiving them long ago, so they come first in the sweep's batch.
 */
@ExtendWith(ArquillianExtension.class)
class AppealTimerIT {

    private static final LocalDate LONG_AGO = LocalDate.of(2001, 3, 1);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("appeal-timer-it");
    }

    @EJB
    private AppealService appeals;
    @EJB
    private AppealEscalationService escalation;
    @EJB
    private NotificationService notifications;
    @EJB
    private Fixtures fixtures;
    @EJB
    private AppealSetup setup;
    @Inject
    private TestSignIn signIn;

    private String resident;
    private String mayor;
    private String governor;
    private String otherGovernor;

    @BeforeEach
    void place() {
        Region region = fixtures.region(Fixtures.unique("ZR"));
        District district = fixtures.district(Fixtures.unique("ZD"), region);
        resident = fixtures.newPerson(district, null, Role.RESIDENT);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        otherGovernor = fixtures.newPerson(null, fixtures.region(Fixtures.unique("ZR")), Role.GOVERNOR);
    }

    private AppealReceipt submit(String subject) throws Exception {
        return signIn.as(resident, "resident", () -> appeals.submit(AppealIT.draft(subject, AppealCategory.WATER, false),
                List.of()));
    }

    private List<NotificationRow> overdue(String username, String role, String reference) throws Exception {
        return signIn.as(username, role, () -> notifications.mine(PageRequest.of(0, 100))).rows().stream()
                .filter(n -> n.kind().equals("appeal.overdue") && n.arguments().get(0).equals(reference)).toList();
    }

    @Test
    void anOverdueAppealIsFlaggedAndEscalatedOnceToItsRegionsGovernor() throws Exception {
        LocalDate today = PortalClock.today();
        AppealReceipt late = submit("Просрочено");
        setup.receivedOn(late.id(), LONG_AGO, LONG_AGO.plusDays(3), LONG_AGO.plusDays(21));
        AppealReceipt dueToday = submit("Срок сегодня");
        setup.receivedOn(dueToday.id(), today.minusDays(21), today.minusDays(17), today);
        AppealReceipt answered = submit("Отвечено");
        signIn.as(mayor, "mayor", () -> {
            appeals.answer(answered.id(), appeals.appeal(answered.id()).version(), "Ответ", null);
            return null;
        });
        setup.receivedOn(answered.id(), LONG_AGO, LONG_AGO.plusDays(3), LONG_AGO.plusDays(21));

        escalation.escalateOverdue(today);

        assertNotNull(setup.appeal(late.id()).getOverdueAt());
        assertNull(setup.appeal(dueToday.id()).getOverdueAt());
        assertNull(setup.appeal(answered.id()).getOverdueAt());
        assertEquals(1, overdue(governor, "governor", late.reference()).size());
        assertEquals("notify.appeal.overdue", overdue(governor, "governor", late.reference()).get(0).messageKey());
        assertEquals(0, overdue(otherGovernor, "governor", late.reference()).size());
        assertEquals(0, overdue(governor, "governor", dueToday.reference()).size());
        assertEquals(0, overdue(governor, "governor", answered.reference()).size());
        assertEquals(1, signIn.as(mayor, "mayor", () -> notifications.mine(PageRequest.of(0, 100))).rows().stream()
                .filter(n -> n.kind().equals("appeal.overdue") && n.arguments().get(0).equals(late.reference())).count());

        // Idempotent: the next run, and tomorrow's, tell nobody again about it; the appeal due today is late tomorrow.
        escalation.escalateOverdue(today);
        escalation.escalateOverdue(today.plusDays(1));
        assertEquals(1, overdue(governor, "governor", late.reference()).size());
        assertEquals(1, overdue(governor, "governor", dueToday.reference()).size());
        assertNotNull(setup.appeal(dueToday.id()).getOverdueAt());
    }
}
