package org.birge.portal.project.service;

import jakarta.persistence.EntityManager;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.Task;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/** Who may see a project and who may act on its tasks, by the caller's scope. */
final class ProjectAccess {

    private ProjectAccess() {
    }

    /** The project, when the caller's district, region or programme covers it; 403 otherwise. */
    static Project readable(EntityManager em, Scope scope, long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new NotFoundException();
        }
        if (!scope.covers(project.getDistrict())) {
            throw new AccessDeniedException();
        }
        return project;
    }

    /** Whether a person with {@code scope} and {@code role} is the one who acts on {@code task}. */
    static boolean canAct(Scope scope, String roleName, Task task, String username) {
        return canAct(scope, roleName, task.getResponsible(), task.getDistrictId(), task.getRegionId())
                && !username.equals(task.getFirstApprover());
    }

    static boolean canAct(Scope scope, String roleName, Responsible responsible, long districtId, long regionId) {
        return switch (responsible) {
            case DISTRICT_MAYOR -> roleName.equals(responsible.role().roleName())
                    && scope.kind() == Scope.Kind.DISTRICT && scope.districtId() == districtId;
            case REGION_GOVERNOR -> roleName.equals(responsible.role().roleName())
                    && scope.kind() == Scope.Kind.REGION && scope.regionId() == regionId;
            case PROJECT_MANAGER -> roleName.equals(responsible.role().roleName());
        };
    }
}
