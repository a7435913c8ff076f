package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.TaskReminderService;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminder of tasks due tomorrow: the people who can act on the task are told once, however
 * often the timer runs that day; a task due later is not reminded yet.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("reminder-it");
    }

    @EJB
    private TaskReminderService reminders;
    @EJB
    private NotificationService notifications;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ProjectSetup setup;
    @Inject
    private TestSignIn signIn;

    private List<NotificationRow> reminded(String mayor, long projectId) throws Exception {
        return signIn.as(mayor, "mayor", () -> notifications.mine(PageRequest.of(0, 100))).rows().stream()
                .filter(n -> n.kind().equals("task.dueTomorrow") && n.link().endsWith("id=" + projectId)).toList();
    }

    @Test
    void aTaskDueTomorrowIsRemindedOnceToThePeopleWhoCanActOnIt() throws Exception {
        Region region = fixtures.region(Fixtures.unique("R"));
        District district = fixtures.district(Fixtures.unique("D"), region);
        String mayor = fixtures.newPerson(district, null, Role.MAYOR);
        long call = setup.openCall(5_000_000, 20, region);
        // A day of its own far ahead, so that no other test's task is due the day after.
        LocalDate today = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        ProjectSetup.Placed dueTomorrow = setup.placed(district, call, "Due tomorrow " + Fixtures.unique("P"), 4,
                today.minusDays(5), today.plusDays(1));
        ProjectSetup.Placed dueLater = setup.placed(district, call, "Due later " + Fixtures.unique("P"), 4,
                today.minusDays(5), today.plusDays(2));

        reminders.remindDueTomorrow(today);
        reminders.remindDueTomorrow(today);

        List<NotificationRow> told = reminded(mayor, dueTomorrow.projectId());
        assertEquals(1, told.size(), "once");
        assertEquals("notify.task.dueTomorrow", told.get(0).messageKey());
        assertEquals(dueTomorrow.title(), told.get(0).arguments().get(0));
        assertEquals(0, reminded(mayor, dueLater.projectId()).size());
    }
}
