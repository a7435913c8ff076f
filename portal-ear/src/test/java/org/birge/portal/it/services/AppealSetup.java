package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.birge.portal.feedback.domain.Appeal;

/**
 * Moves appeals of the tests in time, as the days passing would: the clock's dates and the times of
 * submission and answer, written straight to the rows (the services only ever use today).
 */
@Stateless
public class AppealSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The appeal as if received on {@code receivedOn}: redirect by 3, answer by 15 working days as given. */
    public void receivedOn(long id, LocalDate receivedOn, LocalDate redirectBy, LocalDate dueOn) {
        em.createNativeQuery("update appeal set received_on = ?, redirect_by = ?, due_on = ?, submitted_at = ?,"
                        + " version = version + 1 where id = ?")
                .setParameter(1, receivedOn).setParameter(2, redirectBy).setParameter(3, dueOn)
                .setParameter(4, OffsetDateTime.of(receivedOn.atTime(9, 0), ZoneOffset.ofHours(5)))
                .setParameter(5, id).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Appeal.class, id);
    }

    /** The appeal as if answered at {@code answeredAt}. */
    public void answeredAt(long id, Instant answeredAt) {
        em.createNativeQuery("update appeal set answered_at = ?, version = version + 1 where id = ?")
                .setParameter(1, answeredAt.atOffset(ZoneOffset.UTC)).setParameter(2, id).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Appeal.class, id);
    }

    /** The appeal's row as it stands. */
    public Appeal appeal(long id) {
        Appeal appeal = em.find(Appeal.class, id);
        em.refresh(appeal);
        return appeal;
    }
}
