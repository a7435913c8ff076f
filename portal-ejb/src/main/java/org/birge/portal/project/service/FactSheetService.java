package org.birge.portal.project.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.export.ExportLabels;

/**
 * A project's fact sheet as PDF: for the people who may open the project's page, and for anyone when the
 * project is published (then with what the public page shows: no tasks). The feedback it came from (how
 * many appeals point to it, the poll it was chosen in) is public on the district's public page already.
 */
@Stateless
public class FactSheetService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private ProjectService projects;

    @EJB
    private PublicProjectService publicProjects;

    /** The fact sheet of a project of the caller's district, region or programme; 403 otherwise. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public FactSheet factSheet(long projectId, ExportLabels labels) {
        return render(projects.view(projectId), labels, true);
    }

    /** The fact sheet of a published project, as its public page shows it; 404 for any other. */
    @PermitAll
    public FactSheet publicFactSheet(long projectId, ExportLabels labels) {
        return render(publicProjects.project(projectId), labels, false);
    }

    private FactSheet render(ProjectView view, ExportLabels labels, boolean withTasks) {
        long id = view.header().id();
        long appeals = ((Number) em.createNativeQuery("select count(*) from appeal where project_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        List<?> polls = em.createNativeQuery("select pl.question from project p join poll pl on pl.id = p.poll_id"
                + " where p.id = ?1").setParameter(1, id).getResultList();
        String poll = polls.isEmpty() ? null : (String) polls.get(0);
        LocalDate today = PortalClock.today();
        byte[] pdf = FactSheetDocument.render(view, new FactSheetDocument.Feedback(appeals, poll), withTasks, labels,
                today);
        return new FactSheet("project-" + id + "-" + today + ".pdf", pdf);
    }
}
