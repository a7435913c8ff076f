package org.birge.portal.project.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.service.NotFoundException;

/**
 * The public side of projects: published projects (with a grant: in implementation, in evaluation,
 * closed) for anyone, without signing in. Drafts and proposals under review do not exist here.
 */
@Stateless
@PermitAll
public class PublicProjectService {

    static final List<ProjectStatus> PUBLIC = List.of(ProjectStatus.IN_IMPLEMENTATION, ProjectStatus.IN_EVALUATION,
            ProjectStatus.CLOSED);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Published projects, optionally of one district, the most recently changed first. */
    public org.birge.portal.shared.service.Page<PublicProjectRow> published(
            org.birge.portal.shared.service.PageRequest page, Long districtId) {
        String where = " where p.status in :public" + (districtId == null ? "" : " and d.id = :district");
        TypedQuery<PublicProjectRow> rows = em.createQuery("select new"
                + " org.birge.portal.project.service.PublicProjectRow(p.id, p.title, p.status, d.name.kk, d.name.ru,"
                + " d.name.en, r.name.kk, r.name.ru, r.name.en, p.totalCost, p.grantApproved) from Project p"
                + " join p.district d join d.region r" + where + " order by p.modifiedAt desc, p.id desc",
                PublicProjectRow.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p join p.district d" + where,
                Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("public", PUBLIC);
            if (districtId != null) {
                q.setParameter("district", districtId);
            }
        }
        return new org.birge.portal.shared.service.Page<>(rows.setFirstResult(page.first())
                .setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    /**
     * A published project's public page: what, where, budget, status, milestones, indicators, photos. It
     * is the project page without people's names, tasks, reports' texts or documents.
     */
    public ProjectView project(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !project.getStatus().isPublic()) {
            throw new NotFoundException();
        }
        ProjectView full = ProjectViews.build(em, project, Scope.none(), "none", "");
        return new ProjectView(full.header(), full.proposal(), full.funding(), full.budget(), full.milestones(),
                full.indicators(), List.of(), List.of(),
                full.attachments().stream().filter(ProjectView.File::isImage)
                        .filter(f -> f.purpose() == org.birge.portal.project.domain.AttachmentPurpose.PHOTO).toList(),
                List.of(), new ProjectView.Permissions(false, false, false), null);
    }
}
