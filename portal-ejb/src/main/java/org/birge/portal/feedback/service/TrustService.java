package org.birge.portal.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.birge.portal.feedback.service.TrustQueries.Grouping;
import org.birge.portal.feedback.service.TrustQueries.Place;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PageRequest;

/**
 * Trust figures for those who oversee the districts: a governor compares the districts of their own region,
 * a project manager compares the regions of the programme and the districts of any region; both see the
 * trends by month. The figures are defined in {@link TrustFigures} and computed by {@link TrustQueries}.
 * A governor's region is their scope, never a parameter: asking for another region's figures is refused;
 * a mayor sees their own district's figures on their dashboard.
 */
@Stateless
public class TrustService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    /**
     * The region's figures and those of each of its districts (by code). A governor: their own region
     * ({@code regionId} null or theirs); a project manager: the region given.
     */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public TrustOverview region(Long regionId) {
        long region = allowedRegion(regionId);
        Object[] r = TrustQueries.rows(em.createNativeQuery("select r.id, r.code, r.name_kk, r.name_ru, r.name_en"
                + " from region r where r.id = ?1").setParameter(1, region)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        List<Object[]> districts = TrustQueries.rows(em.createNativeQuery("select d.id, d.code, d.name_kk,"
                + " d.name_ru, d.name_en from district d where d.region_id = ?1 order by d.code")
                .setParameter(1, region).setMaxResults(PageRequest.MAX_SIZE));
        Map<Long, TrustFigures> parts = TrustQueries.figures(em, Grouping.DISTRICT, Place.region(region));
        TrustFigures total = TrustQueries.figures(em, Grouping.TOTAL, Place.region(region))
                .getOrDefault(0L, TrustFigures.NONE);
        return new TrustOverview(row(r, total), districts.stream()
                .map(d -> row(d, parts.getOrDefault(TrustQueries.number(d[0]), TrustFigures.NONE))).toList());
    }

    /**
     * The programme's figures and each region's (by code), for project managers. Every region is listed: they
     * are the country's twenty regions, reference data, and a comparison that silently left some out would
     * mislead; the figures themselves are summed in the database.
     */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public TrustOverview programme() {
        List<Object[]> regions = TrustQueries.rows(em.createNativeQuery("select r.id, r.code, r.name_kk,"
                + " r.name_ru, r.name_en from region r order by r.code"));
        Map<Long, TrustFigures> parts = TrustQueries.figures(em, Grouping.REGION, Place.programme());
        TrustFigures total = TrustQueries.figures(em, Grouping.TOTAL, Place.programme())
                .getOrDefault(0L, TrustFigures.NONE);
        return new TrustOverview(new TrustRow(0, null, null, total), regions.stream()
                .map(r -> row(r, parts.getOrDefault(TrustQueries.number(r[0]), TrustFigures.NONE))).toList());
    }

    /** The figures of a mayor's own district (their scope, never a parameter); none without a district. */
    @RolesAllowed(Role.MAYOR_NAME)
    public TrustFigures myDistrict() {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.DISTRICT) {
            return TrustFigures.NONE;
        }
        return TrustQueries.figures(em, Grouping.TOTAL, Place.district(scope.districtId()))
                .getOrDefault(0L, TrustFigures.NONE);
    }

    /** A region's months from {@code from} to {@code to} (at most 36); a governor: their own region only. */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public List<TrustMonth> regionTrend(long regionId, YearMonth from, YearMonth to) {
        return TrustQueries.months(em, Place.region(allowedRegion(regionId)), from, to);
    }

    /** A district's months; a governor: a district of their own region only. */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public List<TrustMonth> districtTrend(long districtId, YearMonth from, YearMonth to) {
        Object regionOfDistrict = TrustQueries.rows(em.createNativeQuery("select d.id, d.region_id from district d"
                + " where d.id = ?1").setParameter(1, districtId)).stream().findFirst()
                .map(r -> r[1]).orElseThrow(NotFoundException::new);
        allowedRegion(TrustQueries.number(regionOfDistrict));
        return TrustQueries.months(em, Place.district(districtId), from, to);
    }

    /** The whole programme's months, for project managers. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public List<TrustMonth> programmeTrend(YearMonth from, YearMonth to) {
        return TrustQueries.months(em, Place.programme(), from, to);
    }

    /** The region the caller may compare: a governor's own (refusing any other), any for a project manager. */
    private long allowedRegion(Long regionId) {
        Scope scope = caller.scope();
        if (scope.kind() == Scope.Kind.PROGRAMME) {
            if (regionId == null) {
                throw new NotFoundException();
            }
            return regionId;
        }
        if (scope.kind() == Scope.Kind.REGION && (regionId == null || regionId.equals(scope.regionId()))) {
            return scope.regionId();
        }
        throw new AccessDeniedException();
    }

    private static TrustRow row(Object[] r, TrustFigures figures) {
        return new TrustRow(TrustQueries.number(r[0]), (String) r[1],
                new Names((String) r[2], (String) r[3], (String) r[4]), figures);
    }
}
