package org.birge.portal.testsupport;

import org.birge.portal.shared.domain.VersionedEntity;

/** Gives an entity the id that the database sequence would give it on persist. */
public final class Ids {

    private Ids() {
    }

    public static <T extends VersionedEntity> T withId(T entity, long id) {
        Reflection.set(entity, VersionedEntity.class, "id", id);
        return entity;
    }
}
