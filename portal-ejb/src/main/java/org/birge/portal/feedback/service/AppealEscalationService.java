package org.birge.portal.feedback.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.Appeal;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Role;

/**
 * Flags the open appeals whose due date has passed and escalates each to the governors of its district's
 * region, once: the flag ({@code overdue_at}) is what makes a second run skip it. The timer calls it for
 * today; tests call it for the day they choose.
 */
@Stateless
public class AppealEscalationService {

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    /** Flags and escalates up to one batch of appeals overdue on {@code today}; returns how many. */
    @PermitAll
    public int escalateOverdue(LocalDate today) {
        List<Appeal> overdue = em.createQuery("select a from Appeal a where a.status in :open and a.dueOn < :today"
                        + " and a.overdueAt is null order by a.dueOn, a.id", Appeal.class)
                .setParameter("open", AppealStatus.open()).setParameter("today", today)
                .setMaxResults(BATCH).getResultList();
        Instant now = Instant.now();
        for (Appeal appeal : overdue) {
            if (!appeal.markOverdue(today, now)) {
                continue;
            }
            District district = em.find(District.class, appeal.getDistrictId());
            List<String> governors = notifications.peopleWith(Role.GOVERNOR, null, district.getRegion().getId());
            notifications.notify(governors, "appeal.overdue", "notify.appeal.overdue",
                    List.of(appeal.getReference(), appeal.getSubject(), AppealService.date(appeal.getDueOn()),
                            district.getName().getRu()), AppealService.governorLink(appeal));
            notifications.notify(notifications.peopleWith(Role.MAYOR, district.getId(), null), "appeal.overdue",
                    "notify.appeal.overdueMayor", List.of(appeal.getReference(), appeal.getSubject(),
                            AppealService.date(appeal.getDueOn())), AppealService.mayorLink(appeal));
            audit.recordSystem("appeal.escalated", AppealService.SUBJECT, appeal.getId(), null,
                    "due=" + appeal.getDueOn() + ", today=" + today + ", to=" + governors, null);
        }
        return overdue.size();
    }
}
