package org.birge.portal.project.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.shared.domain.VersionedEntity;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.NotFoundException;

/** What the project services share to load a record at the version the caller saw, and to write it. */
final class ServiceSupport {

    private ServiceSupport() {
    }

    /** The record, when it exists and is still at the version the caller saw. */
    static <T extends VersionedEntity> T atVersion(EntityManager em, AuditService audit, Class<T> type, long id,
                                                   long seenVersion, String subjectType) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException();
        }
        if (entity.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(audit.lastActorOf(subjectType, id));
        }
        return entity;
    }

    /** Writes now, so that a concurrent change surfaces as "changed by someone else" rather than at commit. */
    static void flush(EntityManager em, AuditService audit, String subjectType, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(audit.lastActorOf(subjectType, id));
        }
    }
}
