package org.birge.portal.training.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.notify.service.Reminders;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.domain.TrainingSession;

/**
 * The day before a session starts, reminds its confirmed trainees and its trainers, once per session. The
 * daily timer calls it for today; tests call it for the day they choose.
 */
@Stateless
public class SessionReminderService {

    private static final Logger LOG = Logger.getLogger(SessionReminderService.class.getName());
    private static final String KIND = "training.reminder";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private Reminders reminders;

    @EJB
    private SessionReminderService self;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindStartingTomorrow(LocalDate today) {
        List<Long> sessions = em.createQuery("select s.id from TrainingSession s where s.firstDay = :tomorrow"
                        + " and s.status in :live order by s.id", Long.class)
                .setParameter("tomorrow", today.plusDays(1))
                .setParameter("live", SessionStatus.live()).getResultList();
        int reminded = 0;
        for (long id : sessions) {
            try {
                reminded += self.remind(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Session " + id + " was reminded by another run");
            }
        }
        return reminded;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long sessionId, LocalDate today) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null || !reminders.firstTime(KIND, sessionId, today)) {
            return false;
        }
        List<String> people = new ArrayList<>(em.createQuery("select e.trainee.username from Enrolment e"
                        + " where e.session.id = :s and e.status = :confirmed order by e.trainee.username", String.class)
                .setParameter("s", sessionId).setParameter("confirmed", EnrolmentStatus.CONFIRMED).getResultList());
        people.addAll(session.getTrainers());
        String place = session.getVenue() != null && !session.getVenue().isBlank() ? session.getVenue()
                : session.getOnlineLink() == null ? "" : session.getOnlineLink();
        notifications.notify(people, KIND, "notify.training.reminder", List.of(session.getCourse().getTitle(),
                EnrolmentService.period(session), place), "/training/session.xhtml?id=" + sessionId);
        return true;
    }
}
