package org.birge.portal.shared.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * Saving at the version the caller saw, as every service does it: a record changed in between is refused
 * with the name of who changed it last, and the write is flushed at once so that a change made at the same
 * moment surfaces as that clear message rather than as a failed commit.
 */
public final class Versions {

    /** Who changed a record last, by its audit subject type and id (the audit service answers it). */
    @FunctionalInterface
    public interface LastActor {
        String of(String subjectType, long id);
    }

    private Versions() {
    }

    /** The record, when it exists and is still at the version the caller saw. */
    public static <T extends VersionedEntity> T atVersion(EntityManager em, LastActor lastActor, Class<T> type,
                                                          long id, long seenVersion, String subjectType) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException();
        }
        require(entity.getVersion(), seenVersion, lastActor, subjectType, id);
        return entity;
    }

    /** Refuses when the record is no longer at the version the caller saw. */
    public static void require(long current, long seen, LastActor lastActor, String subjectType, long id) {
        if (current != seen) {
            throw new ConcurrentChangeException(lastActor.of(subjectType, id));
        }
    }

    /** Writes now; a concurrent change becomes "changed by someone else", naming who. */
    public static void flush(EntityManager em, LastActor lastActor, String subjectType, long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(lastActor.of(subjectType, id));
        }
    }

    /** SQLSTATE 23505, unique violation, in PostgreSQL and H2 alike. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
