package org.birge.portal.project.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.Criterion;
import org.birge.portal.project.domain.GrantCall;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * Grant calls: project managers prepare, publish and close them; mayors and governors see the calls open
 * to their region. The figures of a page of calls are summed in the database in two statements.
 */
@Stateless
public class GrantCallService {

    private static final String ROW = "select new org.birge.portal.project.service.CallRow(c.id, c.version, c.title,"
            + " c.status, c.envelope, c.maxGrant, c.minCofinancingPercent, c.opensOn, c.closesOn) from GrantCall c";
    private static final Map<String, String> SORT = Map.of("title", "c.title", "status", "c.status",
            "opensOn", "c.opensOn", "closesOn", "c.closesOn", "envelope", "c.envelope");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    /** Every call, newest closing date first unless sorted otherwise, optionally of one status. */
    @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<CallRow> calls(PageRequest page, CallStatus status) {
        String where = status == null ? "" : " where c.status = :status";
        TypedQuery<CallRow> rows = em.createQuery(ROW + where + page.orderBy(SORT, "c.closesOn", "c.id"),
                CallRow.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from GrantCall c" + where, Long.class);
        if (status != null) {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page<>(withFigures(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                count.getSingleResult());
    }

    /** The published calls of the caller's region that take proposals today. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME})
    public Page<CallRow> openCalls(PageRequest page) {
        Scope scope = caller.scope();
        if (scope.regionId() == null) {
            return new Page<>(List.of(), 0);
        }
        String where = " join c.regions r where r.id = :region and c.status = :status and c.opensOn <= :today"
                + " and c.closesOn >= :today";
        TypedQuery<CallRow> rows = em.createQuery(ROW + where + " order by c.closesOn, c.id", CallRow.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from GrantCall c" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("region", scope.regionId()).setParameter("status", CallStatus.PUBLISHED)
                    .setParameter("today", PortalClock.today());
        }
        return new Page<>(withFigures(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                count.getSingleResult());
    }

    /** A call's page: project managers see every call, mayors and governors the published calls of their region. */
    @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME})
    public CallView call(long id) {
        GrantCall call = em.find(GrantCall.class, id);
        if (call == null) {
            throw new NotFoundException();
        }
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.PROGRAMME && (call.getStatus() == CallStatus.DRAFT
                || call.getRegions().stream().noneMatch(r -> r.getId().equals(scope.regionId())))) {
            throw new AccessDeniedException();
        }
        CallRow row = withFigures(List.of(new CallRow(call.getId(), call.getVersion(), call.getTitle(),
                call.getStatus(), call.getEnvelope(), call.getMaxGrant(), call.getMinCofinancingPercent(),
                call.getOpensOn(), call.getClosesOn()))).get(0);
        return new CallView(row, call.getDescription(),
                call.getRegions().stream().sorted((a, b) -> a.getCode().compareTo(b.getCode()))
                        .map(r -> Names.of(r.getName())).toList(),
                call.getCriteria().stream().map(c -> new CallTerms.CriterionItem(c.getName(), c.getMaxPoints()))
                        .toList());
    }

    /** The terms of a call, for editing it. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public CallTerms terms(long id) {
        GrantCall call = em.find(GrantCall.class, id);
        if (call == null) {
            throw new NotFoundException();
        }
        CallTerms terms = new CallTerms();
        terms.setTitle(call.getTitle());
        terms.setDescription(call.getDescription());
        terms.setEnvelope(call.getEnvelope());
        terms.setMaxGrant(call.getMaxGrant());
        terms.setMinCofinancingPercent(call.getMinCofinancingPercent());
        terms.setOpensOn(call.getOpensOn());
        terms.setClosesOn(call.getClosesOn());
        terms.setRegionIds(call.getRegions().stream().map(Region::getId).toList());
        terms.setCriteria(new java.util.ArrayList<>(call.getCriteria().stream()
                .map(c -> new CallTerms.CriterionItem(c.getName(), c.getMaxPoints())).toList()));
        return terms;
    }

    /** The active regions a call can be open to. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public List<RegionChoice> regions() {
        return em.createQuery("select new org.birge.portal.project.service.RegionChoice(r.id, r.name.kk, r.name.ru,"
                + " r.name.en) from Region r where r.active = true order by r.code", RegionChoice.class)
                .setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public CallRow create(CallTerms terms) {
        GrantCall call = new GrantCall(toDomain(terms));
        em.persist(call);
        em.flush();
        audit.record("call.created", "grant_call", call.getId(), null, describe(call), null);
        return row(call);
    }

    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public CallRow revise(long id, long seenVersion, CallTerms terms) {
        GrantCall call = Versions.atVersion(em, audit::lastActorOf, GrantCall.class, id, seenVersion, "grant_call");
        String before = describe(call);
        call.revise(toDomain(terms));
        Versions.flush(em, audit::lastActorOf, "grant_call", id);
        audit.record("call.revised", "grant_call", id, before, describe(call), null);
        return row(call);
    }

    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public CallRow publish(long id, long seenVersion) {
        GrantCall call = Versions.atVersion(em, audit::lastActorOf, GrantCall.class, id, seenVersion, "grant_call");
        call.publish();
        Versions.flush(em, audit::lastActorOf, "grant_call", id);
        audit.record("call.published", "grant_call", id, "status=DRAFT", describe(call), null);
        return row(call);
    }

    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public CallRow close(long id, long seenVersion) {
        GrantCall call = Versions.atVersion(em, audit::lastActorOf, GrantCall.class, id, seenVersion, "grant_call");
        call.close();
        Versions.flush(em, audit::lastActorOf, "grant_call", id);
        audit.record("call.closed", "grant_call", id, "status=PUBLISHED", describe(call), null);
        return row(call);
    }

    private GrantCall.Terms toDomain(CallTerms terms) {
        if (terms.getEnvelope() == null || terms.getMaxGrant() == null || terms.getMinCofinancingPercent() == null) {
            throw new DomainException("project.call.amountsRequired");
        }
        List<Region> regions = terms.getRegionIds().isEmpty() ? List.of()
                : em.createQuery("select r from Region r where r.id in :ids and r.active = true", Region.class)
                        .setParameter("ids", terms.getRegionIds()).getResultList();
        List<Criterion> criteria = terms.getCriteria().stream()
                .filter(c -> c.getName() != null && !c.getName().isBlank() || c.getMaxPoints() != null)
                .map(c -> new Criterion(c.getName(), c.getMaxPoints() == null ? 0 : c.getMaxPoints())).toList();
        return new GrantCall.Terms(terms.getTitle(), terms.getDescription(), terms.getEnvelope(), terms.getMaxGrant(),
                terms.getMinCofinancingPercent(), terms.getOpensOn(), terms.getClosesOn(), regions, criteria);
    }

    private CallRow row(GrantCall call) {
        return withFigures(List.of(new CallRow(call.getId(), call.getVersion(), call.getTitle(), call.getStatus(),
                call.getEnvelope(), call.getMaxGrant(), call.getMinCofinancingPercent(), call.getOpensOn(),
                call.getClosesOn()))).get(0);
    }

    /**
     * Adds the money figures of the calls of one page, summed in the database: requested by submitted
     * proposals (not drafts, not rejected), approved by grant decisions, and disbursed as the grant's share
     * of each project's recorded spending.
     */
    private List<CallRow> withFigures(List<CallRow> calls) {
        if (calls.isEmpty()) {
            return calls;
        }
        List<Long> ids = calls.stream().map(CallRow::id).toList();
        Map<Long, long[]> figures = new HashMap<>();
        em.createQuery("select p.call.id, sum(p.grantRequested), sum(p.grantApproved), count(p) from Project p"
                        + " where p.call.id in :ids and p.status not in :excluded group by p.call.id", Object[].class)
                .setParameter("ids", ids)
                .setParameter("excluded", List.of(ProjectStatus.DRAFT, ProjectStatus.REJECTED))
                .getResultList()
                .forEach(r -> figures.put((Long) r[0], new long[] {number(r[1]), number(r[2]), 0, number(r[3])}));
        em.createQuery("select p.call.id, sum(e.amount * p.grantApproved / p.totalCost) from Expenditure e,"
                        + " Project p where p.id = e.projectId and p.call.id in :ids and p.totalCost > 0"
                        + " group by p.call.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> figures.computeIfAbsent((Long) r[0], k -> new long[4])[2] = number(r[1]));
        return calls.stream().map(c -> {
            long[] f = figures.getOrDefault(c.id(), new long[4]);
            return c.withFigures(f[0], f[1], f[2], f[3]);
        }).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String describe(GrantCall call) {
        return "title=" + call.getTitle() + ", status=" + call.getStatus() + ", envelope=" + call.getEnvelope()
                + ", maxGrant=" + call.getMaxGrant() + ", minShare=" + call.getMinCofinancingPercent() + "%, dates="
                + call.getOpensOn() + ".." + call.getClosesOn() + ", regions=" + call.getRegions().stream()
                .map(Region::getCode).sorted().toList();
    }
}
