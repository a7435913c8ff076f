package org.birge.portal.audit.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.birge.portal.audit.domain.AuditChainHead;
import org.birge.portal.audit.domain.AuditRecord;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;

/**
 * The audit trail. Services call {@link #record} inside their own transaction, so a change and its audit
 * row commit together or not at all.
 */
@Stateless
public class AuditService {

    /** The actor and role of what the portal does by itself, such as escalating an overdue task. */
    public static final String SYSTEM = "system";
    private static final int VERIFY_BATCH = 500;
    private static final java.time.ZoneId KAZAKHSTAN = java.time.ZoneId.of("Asia/Almaty");
    private static final String ROW = "select new org.birge.portal.audit.service.AuditRow(a.sequence, a.occurredAt,"
            + " a.actor, a.actorRole, a.action, a.subjectType, a.subjectId, a.before, a.after, a.comment, a.hash)"
            + " from AuditRecord a";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Appends one row for the calling user; must run inside the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord record(String action, String subjectType, Long subjectId, String before, String after,
                              String comment) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = head.append(new AuditRecord.Entry(caller.username(), caller.roleName(), action,
                subjectType, subjectId, before, after, comment), Instant.now());
        em.persist(record);
        return record;
    }

    /** Appends one row for the portal itself (a timer), with no signed-in caller. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord recordSystem(String action, String subjectType, Long subjectId, String before, String after,
                                    String comment) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = head.append(new AuditRecord.Entry(SYSTEM, SYSTEM, action, subjectType, subjectId, before,
                after, comment), Instant.now());
        em.persist(record);
        return record;
    }

    /** The newest rows first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<AuditRow> page(PageRequest request) {
        return page(request, new AuditFilter());
    }

    /**
     * The rows the filter lets through, newest first. Every filter has an index of its own (actor, action,
     * record, time), each ending in the sequence, so a page of a million rows costs as little as the first.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<AuditRow> page(PageRequest request, AuditFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (!AuditFilter.blank(filter.getActor())) {
            where.append(" and a.actor = :actor");
            parameters.put("actor", filter.getActor().strip());
        }
        if (!AuditFilter.blank(filter.getAction())) {
            where.append(" and a.action like :action");
            parameters.put("action", filter.getAction().strip().replace("%", "").replace("_", "") + "%");
        }
        if (!AuditFilter.blank(filter.getSubjectType())) {
            where.append(" and a.subjectType = :type");
            parameters.put("type", filter.getSubjectType().strip());
        }
        if (filter.getSubjectId() != null) {
            where.append(" and a.subjectId = :id");
            parameters.put("id", filter.getSubjectId());
        }
        if (filter.getFrom() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", filter.getFrom().atStartOfDay(KAZAKHSTAN).toInstant());
        }
        if (filter.getTo() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", filter.getTo().plusDays(1).atStartOfDay(KAZAKHSTAN).toInstant());
        }
        // The next page seeks below the last sequence shown; the last page reads the oldest rows upwards.
        long total = filter.isEmpty() ? chainLength() : -1;
        boolean lastPage = request.after() == null && total > 0 && request.first() > 0
                && request.first() + request.size() >= total;
        String seek = request.after() == null ? "" : " and a.sequence < :after";
        var rows = em.createQuery(ROW + where + seek + " order by a.sequence" + (lastPage ? " asc" : " desc"),
                AuditRow.class);
        if (request.after() != null) {
            rows.setParameter("after", request.after());
        }
        var count = em.createQuery("select count(a) from AuditRecord a" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        if (lastPage) {
            List<AuditRow> oldest = new java.util.ArrayList<>(rows.setMaxResults((int) (total - request.first()))
                    .getResultList());
            java.util.Collections.reverse(oldest);
            return new Page<>(oldest, total);
        }
        return new Page<>(rows.setFirstResult(request.after() == null ? request.first() : 0)
                .setMaxResults(request.size()).getResultList(), total >= 0 ? total : count.getSingleResult());
    }

    /** The number of rows, which the chain head holds: the sequence has no gaps. */
    private long chainLength() {
        return em.find(AuditChainHead.class, AuditChainHead.ID).getLastSequence();
    }

    /**
     * Who changed a record last, for the "changed by someone else" message; empty when nobody is known.
     * Outside the caller's transaction: it is asked right after a failed write, when that transaction can
     * only roll back, and it reads what the other person committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String lastActorOf(String subjectType, long subjectId) {
        return em.createNamedQuery("AuditRecord.forSubject", AuditRecord.class)
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .setMaxResults(1).getResultStream().map(AuditRecord::getActor).findFirst().orElse("");
    }

    /** The result of walking the whole chain. */
    public record ChainStatus(boolean intact, long rowsChecked, Long firstBrokenSequence) {
    }

    /** Walks the chain from the first row in batches and reports the first row that does not fit. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainStatus verify() {
        String expected = AuditRecord.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        List<AuditRecord> batch;
        long after = 0;
        do {
            batch = em.createNamedQuery("AuditRecord.inOrder", AuditRecord.class)
                    .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditRecord record : batch) {
                if (record.getSequence() != expectedSequence || !record.follows(expected)) {
                    return new ChainStatus(false, checked, record.getSequence());
                }
                expected = record.getHash();
                expectedSequence++;
                checked++;
                after = record.getSequence();
            }
            em.clear();
        } while (batch.size() == VERIFY_BATCH);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.getLastSequence() != checked || !head.getLastHash().equals(expected)) {
            return new ChainStatus(false, checked, checked + 1);
        }
        return new ChainStatus(true, checked, null);
    }
}
