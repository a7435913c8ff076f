package org.birge.portal.org.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.ReferenceCode;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.DuplicateException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.Versions;

/**
 * Regions and districts: what each user may see of them, and their administration. Every read is
 * narrowed to the caller's scope in the query itself; every change is the admin's, checked against the
 * version the admin saw, and audited.
 */
@Stateless
public class OrganisationService {

    private static final String DISTRICT_ROW = "select new org.birge.portal.org.service.DistrictRow(d.id, d.version,"
            + " d.code, d.name.kk, d.name.ru, d.name.en, d.kind, d.active, r.id, r.code, r.name.kk, r.name.ru,"
            + " r.name.en) from District d join d.region r";
    private static final String REGION_ROW = "select new org.birge.portal.org.service.RegionRow(r.id, r.version,"
            + " r.code, r.name.kk, r.name.ru, r.name.en, r.active, 0L) from Region r";
    /** The active districts of the regions of one page, counted in the database in one statement. */
    private static final String DISTRICT_COUNTS = "select d.region.id, count(d) from District d"
            + " where d.region.id in :regions and d.active = :active group by d.region.id";

    /** Sort fields a list may ask for, and the columns they mean; anything else sorts by code. */
    private static final Map<String, String> DISTRICT_SORT = Map.of(
            "code", "d.code", "name.kk", "d.name.kk", "name.ru", "d.name.ru", "name.en", "d.name.en",
            "kind", "d.kind", "region", "r.code", "active", "d.active");
    private static final Map<String, String> REGION_SORT = Map.of(
            "code", "r.code", "name.kk", "r.name.kk", "name.ru", "r.name.ru", "name.en", "r.name.en",
            "active", "r.active");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    /** The districts the caller may see: their own, their region's, or all of them. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME,
            Role.RESIDENT_NAME})
    public Page<DistrictRow> districts(PageRequest page, boolean activeOnly) {
        return districts(page, activeOnly, null);
    }

    /** As {@link #districts(PageRequest, boolean)}, narrowed further to one region when one is given. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME,
            Role.RESIDENT_NAME})
    public Page<DistrictRow> districts(PageRequest page, boolean activeOnly, Long regionId) {
        Scope scope = caller.scope();
        String where = switch (scope.kind()) {
            case NONE -> null;
            case DISTRICT -> " where d.id = :districtId";
            case REGION -> " where r.id = :regionId";
            case PROGRAMME -> " where 1 = 1";
        };
        if (where == null) {
            return new Page<>(List.of(), 0);
        }
        if (activeOnly) {
            where += " and d.active = :active";
        }
        if (regionId != null) {
            where += " and r.id = :filterRegionId";
        }
        String order = page.orderBy(DISTRICT_SORT, "d.code", "d.id");
        TypedQuery<DistrictRow> rows = em.createQuery(DISTRICT_ROW + where + order, DistrictRow.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from District d join d.region r" + where, Long.class);
        bindScope(rows, scope);
        bindScope(count, scope);
        if (activeOnly) {
            rows.setParameter("active", Boolean.TRUE);
            count.setParameter("active", Boolean.TRUE);
        }
        if (regionId != null) {
            rows.setParameter("filterRegionId", regionId);
            count.setParameter("filterRegionId", regionId);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** One district by its code, when the caller may see it. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME,
            Role.RESIDENT_NAME})
    public DistrictRow district(String code) {
        Scope scope = caller.scope();
        District district = em.createNamedQuery("District.byCode", District.class)
                .setParameter("code", code).getResultStream().findFirst()
                .filter(scope::covers).orElseThrow(NotFoundException::new);
        return toRow(district);
    }

    /** The regions the caller may see with the number of their active districts. */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.ADMIN_NAME})
    public Page<RegionRow> regions(PageRequest page) {
        Scope scope = caller.scope();
        String where = switch (scope.kind()) {
            case NONE, DISTRICT -> null;
            case REGION -> " where r.id = :regionId";
            case PROGRAMME -> " where 1 = 1";
        };
        if (where == null) {
            return new Page<>(List.of(), 0);
        }
        String order = page.orderBy(REGION_SORT, "r.code", "r.id");
        TypedQuery<RegionRow> rows = em.createQuery(REGION_ROW + where + order, RegionRow.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from Region r" + where, Long.class);
        bindScope(rows, scope);
        bindScope(count, scope);
        return new Page<>(withDistrictCounts(rows.setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList()), count.getSingleResult());
    }

    private List<RegionRow> withDistrictCounts(List<RegionRow> regions) {
        if (regions.isEmpty()) {
            return regions;
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(DISTRICT_COUNTS, Object[].class)
                .setParameter("regions", regions.stream().map(RegionRow::id).toList())
                .setParameter("active", Boolean.TRUE)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return regions.stream().map(r -> new RegionRow(r.id(), r.version(), r.code(), r.nameKk(), r.nameRu(),
                r.nameEn(), r.active(), counts.getOrDefault(r.id(), 0L))).toList();
    }

    /** The active regions, for choosing one in a form; Kazakhstan has 20. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<RegionRow> activeRegions() {
        return withDistrictCounts(em.createQuery(REGION_ROW + " where r.active = :active order by r.code",
                RegionRow.class).setParameter("active", Boolean.TRUE).setMaxResults(PageRequest.MAX_SIZE)
                .getResultList());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RegionRow region(long id) {
        return withDistrictCounts(em.createQuery(REGION_ROW + " where r.id = :id", RegionRow.class)
                .setParameter("id", id).getResultList()).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RegionRow createRegion(String code, LocalizedName name) {
        String normalised = ReferenceCode.normalise(code);
        if (regionCodeTaken(normalised)) {
            throw new DuplicateException("org.region.codeTaken", normalised);
        }
        Region region = new Region(normalised, name);
        em.persist(region);
        flushNew("org.region.codeTaken", normalised);
        audit.record("region.created", "region", region.getId(), null, describe(region), null);
        return region(region.getId());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RegionRow renameRegion(long id, long seenVersion, LocalizedName name) {
        Region region = lockedRegion(id, seenVersion);
        String before = describe(region);
        region.rename(name);
        flush("region", id);
        audit.record("region.renamed", "region", id, before, describe(region), null);
        return region(id);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RegionRow setRegionActive(long id, long seenVersion, boolean active) {
        Region region = lockedRegion(id, seenVersion);
        String before = describe(region);
        if (active) {
            region.activate();
        } else {
            region.deactivate();
        }
        flush("region", id);
        audit.record(active ? "region.activated" : "region.deactivated", "region", id, before, describe(region), null);
        return region(id);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DistrictRow createDistrict(String code, LocalizedName name, DistrictKind kind, long regionId) {
        String normalised = ReferenceCode.normalise(code);
        if (!em.createQuery("select d.id from District d where d.code = :code", Long.class)
                .setParameter("code", normalised).getResultList().isEmpty()) {
            throw new DuplicateException("org.district.codeTaken", normalised);
        }
        Region region = em.find(Region.class, regionId);
        if (region == null) {
            throw new NotFoundException();
        }
        District district = new District(normalised, name, kind, region);
        em.persist(district);
        flushNew("org.district.codeTaken", normalised);
        audit.record("district.created", "district", district.getId(), null, describe(district), null);
        return toRow(district);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DistrictRow updateDistrict(long id, long seenVersion, LocalizedName name, DistrictKind kind) {
        District district = lockedDistrict(id, seenVersion);
        String before = describe(district);
        district.rename(name, kind);
        flush("district", id);
        audit.record("district.updated", "district", id, before, describe(district), null);
        return toRow(district);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DistrictRow setDistrictActive(long id, long seenVersion, boolean active) {
        District district = lockedDistrict(id, seenVersion);
        String before = describe(district);
        if (active) {
            district.activate();
        } else {
            district.deactivate();
        }
        flush("district", id);
        audit.record(active ? "district.activated" : "district.deactivated", "district", id, before,
                describe(district), null);
        return toRow(district);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DistrictRow districtById(long id) {
        District district = em.find(District.class, id);
        if (district == null) {
            throw new NotFoundException();
        }
        return toRow(district);
    }

    private boolean regionCodeTaken(String code) {
        return !em.createNamedQuery("Region.byCode", Region.class).setParameter("code", code)
                .getResultList().isEmpty();
    }

    private Region lockedRegion(long id, long seenVersion) {
        Region region = em.find(Region.class, id);
        if (region == null) {
            throw new NotFoundException();
        }
        requireVersion("region", id, region.getVersion(), seenVersion);
        return region;
    }

    private District lockedDistrict(long id, long seenVersion) {
        District district = em.find(District.class, id);
        if (district == null) {
            throw new NotFoundException();
        }
        requireVersion("district", id, district.getVersion(), seenVersion);
        return district;
    }

    private void requireVersion(String type, long id, long current, long seen) {
        Versions.require(current, seen, audit::lastActorOf, type, id);
    }

    private void flush(String type, long id) {
        Versions.flush(em, audit::lastActorOf, type, id);
    }

    /**
     * Writes a new record now. Two people creating the same code at the same moment both pass the check
     * for a taken code; the database's unique key then refuses the second, which is told so like anyone
     * who types a taken code.
     */
    private void flushNew(String duplicateKey, String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new DuplicateException(duplicateKey, code);
            }
            throw e;
        }
    }

    private static void bindScope(TypedQuery<?> query, Scope scope) {
        switch (scope.kind()) {
            case DISTRICT -> query.setParameter("districtId", scope.districtId());
            case REGION -> query.setParameter("regionId", scope.regionId());
            default -> {
            }
        }
    }

    private static DistrictRow toRow(District d) {
        Region r = d.getRegion();
        return new DistrictRow(d.getId(), d.getVersion(), d.getCode(), d.getName().getKk(), d.getName().getRu(),
                d.getName().getEn(), d.getKind(), d.isActive(), r.getId(), r.getCode(), r.getName().getKk(),
                r.getName().getRu(), r.getName().getEn());
    }

    private static String describe(Region region) {
        return "code=" + region.getCode() + ", name=" + region.getName() + ", active=" + region.isActive();
    }

    private static String describe(District district) {
        return "code=" + district.getCode() + ", name=" + district.getName() + ", kind=" + district.getKind()
                + ", region=" + district.getRegion().getCode() + ", active=" + district.isActive();
    }
}
