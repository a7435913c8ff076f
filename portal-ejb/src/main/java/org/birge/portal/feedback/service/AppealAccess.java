package org.birge.portal.feedback.service;

import jakarta.persistence.EntityManager;
import org.birge.portal.feedback.domain.Appeal;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Who may read an appeal: its author (a resident), the mayor of the district it is now with, the governor of
 * that district's region. Nobody else reads it here, public or not (public appeals are read on the public
 * pages, without personal data).
 */
public final class AppealAccess {

    private AppealAccess() {
    }

    /** The appeal {@code id} when {@code reader} may read it; 404 when it does not exist, 403 when not theirs. */
    public static Appeal readable(EntityManager em, Official reader, long id) {
        Appeal appeal = em.find(Appeal.class, id);
        if (appeal == null) {
            throw new NotFoundException();
        }
        if (!mayRead(em, reader, appeal)) {
            throw new AccessDeniedException();
        }
        return appeal;
    }

    static boolean mayRead(EntityManager em, Official reader, Appeal appeal) {
        if (reader == null) {
            return false;
        }
        Role primary = reader.primaryRole().orElse(null);
        if (primary == Role.RESIDENT) {
            return appeal.getAuthorUsername().equals(reader.getUsername());
        }
        if (primary == Role.MAYOR || primary == Role.GOVERNOR) {
            Scope scope = reader.scope();
            if (scope.kind() == Scope.Kind.NONE) {
                return false;
            }
            District district = em.find(District.class, appeal.getDistrictId());
            return district != null && scope.covers(district);
        }
        return false;
    }
}
