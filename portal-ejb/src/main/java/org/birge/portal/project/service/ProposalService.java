package org.birge.portal.project.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.GrantCall;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PortalClock;

/**
 * A mayor's proposals for their own district: starting one against an open call, saving the draft as
 * often as they like (the rules are checked and reported at every save, the draft is kept either way),
 * and submitting it, which the rules must allow.
 */
@Stateless
public class ProposalService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private WorkflowService workflow;

    /** A new draft of the caller's district for an open call of its region; returns its id. */
    @RolesAllowed(Role.MAYOR_NAME)
    public long start(long callId, String title) {
        District district = myDistrict();
        GrantCall call = em.find(GrantCall.class, callId);
        if (call == null) {
            throw new NotFoundException();
        }
        if (!call.isEligible(district.getRegion())) {
            throw new AccessDeniedException();
        }
        if (!call.isOpenOn(PortalClock.today())) {
            throw new DomainException("project.call.notOpen");
        }
        Project project = new Project(district, call, currentWorkflow(), title);
        em.persist(project);
        em.flush();
        audit.record("project.created", "project", project.getId(), null, WorkflowService.describe(project)
                + ", title=" + project.getTitle() + ", call=" + call.getId(), null);
        return project.getId();
    }

    /** The draft of one of the caller's district's proposals, for the form. */
    @RolesAllowed(Role.MAYOR_NAME)
    public ProposalDraft draft(long id) {
        return ProposalDraft.of(mine(id));
    }

    /** Saves the draft as typed and tells what it still lacks; refuses only what cannot be stored at all. */
    @RolesAllowed(Role.MAYOR_NAME)
    public SaveResult save(ProposalDraft draft) {
        Project project = mineAtVersion(draft.getId(), draft.getVersion());
        String before = summary(project);
        project.edit(draft.content());
        Versions.flush(em, audit::lastActorOf, "project", project.getId());
        audit.record("project.saved", "project", project.getId(), before, summary(project), null);
        draft.setVersion(project.getVersion());
        return new SaveResult(project.getId(), project.getVersion(), project.problems(hasMinutes(project)));
    }

    /**
     * Submits the proposal at the version the mayor saw: a second press of the button, or a repeated
     * request, finds a newer version and changes nothing.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public SaveResult submit(long id, long seenVersion) {
        Project project = mineAtVersion(id, seenVersion);
        String before = WorkflowService.describe(project);
        Instant now = Instant.now();
        workflow.completeStepTask(project, WorkflowAction.SUBMIT);
        project.submit(PortalClock.today(), now, hasMinutes(project));
        Versions.flush(em, audit::lastActorOf, "project", id);
        audit.record("project.submitted", "project", id, before, WorkflowService.describe(project)
                + ", total=" + project.getTotalCost() + ", grant=" + project.getGrantRequested(), null);
        workflow.openTask(project);
        return new SaveResult(id, project.getVersion(), List.of());
    }

    private boolean hasMinutes(Project project) {
        return em.createQuery("select count(a) from Attachment a where a.projectId = :p and a.purpose = :minutes",
                        Long.class).setParameter("p", project.getId())
                .setParameter("minutes", AttachmentPurpose.MINUTES).getSingleResult() > 0;
    }

    private District myDistrict() {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.DISTRICT) {
            throw new AccessDeniedException();
        }
        return em.find(District.class, scope.districtId());
    }

    private Project mine(long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new NotFoundException();
        }
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.DISTRICT || !project.getDistrict().getId().equals(scope.districtId())) {
            throw new AccessDeniedException();
        }
        return project;
    }

    private Project mineAtVersion(long id, long seenVersion) {
        Project project = mine(id);
        Versions.require(project.getVersion(), seenVersion, audit::lastActorOf, "project", id);
        return project;
    }

    private WorkflowDefinition currentWorkflow() {
        return em.createQuery("select w from WorkflowDefinition w where w.code = :code and w.status = :published",
                        WorkflowDefinition.class)
                .setParameter("code", WorkflowDefinition.LOCAL_INITIATIVE)
                .setParameter("published", DefinitionStatus.PUBLISHED)
                .getResultStream().findFirst().orElseThrow(() -> new DomainException("project.workflow.notPublished"));
    }

    private static String summary(Project p) {
        return "title=" + p.getTitle() + ", total=" + p.getTotalCost() + ", grant=" + p.getGrantRequested()
                + ", lines=" + p.getBudgetLines().size() + ", milestones=" + p.getMilestones().size()
                + ", indicators=" + p.getIndicators().size();
    }
}
