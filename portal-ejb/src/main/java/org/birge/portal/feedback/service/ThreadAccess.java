package org.birge.portal.feedback.service;

import jakarta.persistence.EntityManager;
import org.birge.portal.feedback.domain.OfficialThread;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Who takes part in a thread: for a governor thread the mayor of its district and the governor of its
 * region (as the caller's own record places them), for a project managers' thread its official and every
 * project manager. Nobody else reads or writes it, whatever their role.
 */
public final class ThreadAccess {

    private ThreadAccess() {
    }

    /** The role the caller acts in here: their role of highest precedence among the officials'. */
    public static Role actingRole(Caller caller) {
        return Role.ofName(caller.roleName()).orElse(Role.RESIDENT);
    }

    public static boolean takesPart(OfficialThread thread, Role role, Scope scope, String username) {
        if (thread.getChannel() == ThreadChannel.PROJECT_MANAGERS) {
            return role == Role.PROJECT_MANAGER || username.equals(thread.getOfficialUsername());
        }
        return switch (role) {
            case MAYOR -> scope.kind() == Scope.Kind.DISTRICT && thread.getDistrictId().equals(scope.districtId());
            case GOVERNOR -> scope.kind() == Scope.Kind.REGION && thread.getRegionId().equals(scope.regionId());
            default -> false;
        };
    }

    /** The thread, when the caller takes part in it; 404 when there is none, 403 when it is not theirs. */
    public static OfficialThread readable(EntityManager em, Caller caller, long threadId) {
        OfficialThread thread = em.find(OfficialThread.class, threadId);
        if (thread == null) {
            throw new NotFoundException();
        }
        if (!takesPart(thread, actingRole(caller), caller.scope(), caller.username())) {
            throw new AccessDeniedException();
        }
        return thread;
    }
}
