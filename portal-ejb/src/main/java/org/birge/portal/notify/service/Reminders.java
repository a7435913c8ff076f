package org.birge.portal.notify.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The log of the daily reminders: {@link #firstTime} writes the reminder's row in the caller's transaction
 * and says whether it is the first; the primary key refuses a second row, so two runs at once send one.
 */
@Stateless
public class Reminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean firstTime(String kind, long subjectId, LocalDate day) {
        Number sent = (Number) em.createNativeQuery("select count(*) from reminder_log where kind = ?"
                        + " and subject_id = ? and on_day = ?").setParameter(1, kind).setParameter(2, subjectId)
                .setParameter(3, day).getSingleResult();
        if (sent.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into reminder_log (kind, subject_id, on_day, sent_at) values (?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, subjectId).setParameter(3, day)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        return true;
    }
}
