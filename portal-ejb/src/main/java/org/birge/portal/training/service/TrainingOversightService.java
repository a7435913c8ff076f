package org.birge.portal.training.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.domain.EnrolmentStatus;

/**
 * Oversight of the training programme. A governor sees the training coverage of their region's mayors:
 * for each mayor, where they stand in each core course (a published course whose target roles include
 * mayors). A project manager sees the programme's figures per course and region: completed sessions,
 * trainees, completion rate, average knowledge gain and evaluation ratings. Everything is computed in the
 * database, paged, with a fixed number of statements per page.
 *
 * <p>The mayors of a region are the people with the mayor role assigned to one of its districts, and the
 * trainees enrolled from the region who have not signed in yet (a mayor's record is made at their first
 * login, but a governor or trainer can enrol them before): the latter are known by their enrolments.
 */
@Stateless
public class TrainingOversightService {

    /** Enrolment states of someone who is enrolled or waiting. */
    private static final String ACTIVE = EnrolmentStatus.active().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    /** Enrolment states of someone who held a seat until the session completed. */
    private static final String FINISHED = "'COMPLETED', 'NOT_COMPLETED'";
    private static final String CORE = "c.status = 'PUBLISHED' and c.target_roles like '%mayor%'";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    // ------------------------------------------------------------------------------------------ coverage

    /** The districts of the governor's region and the core courses, for the coverage filters. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public OversightChoices coverageChoices() {
        Long region = governorsRegion();
        List<OversightChoices.Place> districts = region == null ? List.of()
                : em.createQuery("select d.id, d.name.kk, d.name.ru, d.name.en from District d"
                                + " where d.region.id = :region order by d.code", Object[].class)
                        .setParameter("region", region).setMaxResults(PageRequest.MAX_SIZE).getResultList().stream()
                        .map(r -> new OversightChoices.Place((Long) r[0],
                                new Names((String) r[1], (String) r[2], (String) r[3]))).toList();
        return new OversightChoices(districts, coreCourses());
    }

    /**
     * One page of the mayors of the governor's region with their state in each core course, sorted by
     * district ("district") or name ("name"), narrowed by {@code filter}.
     */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public Page<CoverageRow> coverage(PageRequest page, CoverageFilter filter) {
        Long region = governorsRegion();
        if (region == null) {
            return new Page<>(List.of(), 0);
        }
        Population people = population(region, filter);
        Map<String, String> sort = Map.of("name", "p.name", "district", districtNameColumn());
        String order = page.sortField() == null
                ? " order by " + districtNameColumn() + ", p.name, p.username"
                : page.orderBy(sort, districtNameColumn(), "p.name, p.username");
        Query rows = em.createNativeQuery("select p.username, p.name, d.name_kk, d.name_ru, d.name_en, p.registered"
                + people.from() + order + " limit ?8 offset ?9");
        people.bind(rows).setParameter(8, page.size()).setParameter(9, page.first());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        Query count = people.bind(em.createNativeQuery("select count(*)" + people.from()));
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(withStates(found), total);
    }

    /** How many of the mayors the coverage lists (all pages) are in each state of each core course. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public CoverageTotals coverageTotals(CoverageFilter filter) {
        Long region = governorsRegion();
        if (region == null) {
            return new CoverageTotals(0, List.of());
        }
        Population people = population(region, filter);
        long mayors = ((Number) people.bind(em.createNativeQuery("select count(*)" + people.from()))
                .getSingleResult()).longValue();
        String completed = "exists (select 1 from certificate x where x.trainee_username = p.username"
                + " and x.course_code = c.code and x.revoked_at is null)";
        String active = "exists (select 1 from enrolment e2 join training_session s2 on s2.id = e2.session_id"
                + " where e2.trainee_username = p.username and s2.course_id = c.id and e2.status in (" + ACTIVE + "))";
        String finished = "exists (select 1 from enrolment e3 join training_session s3 on s3.id = e3.session_id"
                + " where e3.trainee_username = p.username and s3.course_id = c.id"
                + " and e3.status in (" + FINISHED + "))";
        Query q = em.createNativeQuery("select c.id,"
                + " sum(case when " + completed + " then 1 else 0 end),"
                + " sum(case when not " + completed + " and " + active + " then 1 else 0 end),"
                + " sum(case when not " + completed + " and not " + active + " and " + finished + " then 1 else 0 end)"
                + people.tables() + " cross join course c" + people.where() + " and " + CORE
                + (filter.getCourseId() == null ? "" : " and c.id = ?10") + " group by c.id");
        people.bind(q);
        if (filter.getCourseId() != null) {
            q.setParameter(10, filter.getCourseId());
        }
        Map<Long, long[]> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = q.getResultList();
        for (Object[] r : result) {
            counts.put(((Number) r[0]).longValue(), new long[] {number(r[1]), number(r[2]), number(r[3])});
        }
        List<CoverageTotals.CourseTotal> courses = new ArrayList<>();
        for (OversightChoices.CourseOption course : columns(filter)) {
            long[] c = counts.getOrDefault(course.id(), new long[3]);
            courses.add(new CoverageTotals.CourseTotal(course.id(), course.code(), course.title(), c[0], c[1], c[2],
                    mayors - c[0] - c[1] - c[2]));
        }
        return new CoverageTotals(mayors, courses);
    }

    /** The core courses the coverage shows as columns: all of them, or the one the filter chose. */
    private List<OversightChoices.CourseOption> columns(CoverageFilter filter) {
        List<OversightChoices.CourseOption> all = coreCourses();
        if (filter.getCourseId() == null) {
            return all;
        }
        List<OversightChoices.CourseOption> chosen = all.stream().filter(c -> c.id() == filter.getCourseId())
                .toList();
        if (chosen.isEmpty()) {
            throw new NotFoundException();
        }
        return chosen;
    }

    private List<OversightChoices.CourseOption> coreCourses() {
        return em.createQuery("select c.id, c.code, c.title, c.targetRoles from Course c where c.status = :published"
                        + " order by c.code", Object[].class)
                .setParameter("published", CourseStatus.PUBLISHED).setMaxResults(PageRequest.MAX_SIZE)
                .getResultList().stream()
                .filter(r -> r[3] instanceof java.util.Set<?> roles && roles.contains(Role.MAYOR))
                .map(r -> new OversightChoices.CourseOption((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * The mayors of a region as a derived table {@code p} (username, name, district_id, registered) joined
     * to their district {@code d} ({@code tables}), and the filter's conditions ({@code where}); parameters
     * 1 and 2 (the region, the role), 3 (a district), 5 and 6 (the course not started).
     */
    private record Population(String tables, String where, Long regionId, CoverageFilter filter, Long courseId,
                              String courseCode) {

        String from() {
            return tables + where;
        }

        Query bind(Query query) {
            query.setParameter(1, regionId).setParameter(2, "%" + Role.MAYOR.roleName() + "%");
            if (filter.getDistrictId() != null) {
                query.setParameter(3, filter.getDistrictId());
            }
            if (filter.isNotStarted() && courseId != null) {
                query.setParameter(5, courseCode).setParameter(6, courseId);
            }
            return query;
        }
    }

    private Population population(long region, CoverageFilter filter) {
        OversightChoices.CourseOption course = filter.getCourseId() == null ? null : columns(filter).get(0);
        String tables = " from (select o.username as username, o.display_name as name,"
                + " o.district_id as district_id, 1 as registered from official o"
                + " join district od on od.id = o.district_id where od.region_id = ?1 and o.roles like ?2"
                + " union all select e.trainee_username, max(e.trainee_name), max(e.district_id), 0 from enrolment e"
                + " where e.region_id = ?1"
                + " and not exists (select 1 from official x where x.username = e.trainee_username)"
                + " group by e.trainee_username) p left join district d on d.id = p.district_id";
        StringBuilder from = new StringBuilder(" where 1 = 1");
        if (filter.getDistrictId() != null) {
            from.append(" and p.district_id = ?3");
        }
        if (filter.isNotStarted()) {
            String certificates = course == null
                    ? "x.course_code in (select c.code from course c where " + CORE + ")" : "x.course_code = ?5";
            String sessions = course == null
                    ? "s.course_id in (select c.id from course c where " + CORE + ")" : "s.course_id = ?6";
            from.append(" and not exists (select 1 from certificate x where x.trainee_username = p.username and ")
                    .append(certificates).append(" and x.revoked_at is null)")
                    .append(" and not exists (select 1 from enrolment e join training_session s on s.id = e.session_id")
                    .append(" where e.trainee_username = p.username and ").append(sessions)
                    .append(" and e.status in (" + ACTIVE + ", " + FINISHED + "))");
        }
        return new Population(tables, from.toString(), region, filter, course == null ? null : course.id(),
                course == null ? null : course.code());
    }

    /** The rows of a page with each person's state in every core course, read in two statements for the page. */
    private List<CoverageRow> withStates(List<Object[]> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> usernames = found.stream().map(r -> (String) r[0]).toList();
        Map<String, Map<String, CourseState>> states = new HashMap<>();
        em.createQuery("select e.trainee.username, c.code, e.status from Enrolment e join e.session s join s.course c"
                        + " where e.trainee.username in :people and e.status <> :withdrawn", Object[].class)
                .setParameter("people", usernames).setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
                .getResultList().forEach(r -> {
                    EnrolmentStatus status = (EnrolmentStatus) r[2];
                    CourseState state = status.isActive() ? CourseState.IN_PROGRESS : CourseState.NOT_COMPLETED;
                    states.computeIfAbsent((String) r[0], k -> new HashMap<>())
                            .merge((String) r[1], state, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                });
        em.createQuery("select c.traineeUsername, c.courseCode from Certificate c where c.traineeUsername in :people"
                        + " and c.revokedAt is null", Object[].class)
                .setParameter("people", usernames).getResultList()
                .forEach(r -> states.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .put((String) r[1], CourseState.COMPLETED));
        List<CoverageRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            rows.add(new CoverageRow((String) r[0], (String) r[1],
                    r[2] == null ? null : new Names((String) r[2], (String) r[3], (String) r[4]),
                    number(r[5]) == 1, states.getOrDefault((String) r[0], Map.of())));
        }
        return rows;
    }

    private Long governorsRegion() {
        Scope scope = caller.scope();
        return scope.kind() == Scope.Kind.REGION ? scope.regionId() : null;
    }

    private String districtNameColumn() {
        return "d.name_" + language().code();
    }

    private Language language() {
        return caller.official().map(Official::getLanguage).orElse(Language.RU);
    }

    // ------------------------------------------------------------------------------------------ figures

    /** The regions and the courses that ran (published or archived), for the figures' filters. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public OversightChoices figureChoices() {
        List<OversightChoices.Place> regions = em.createQuery("select r.id, r.name.kk, r.name.ru, r.name.en"
                        + " from Region r order by r.code", Object[].class)
                .setMaxResults(PageRequest.MAX_SIZE).getResultList().stream()
                .map(r -> new OversightChoices.Place((Long) r[0], new Names((String) r[1], (String) r[2],
                        (String) r[3]))).toList();
        List<OversightChoices.CourseOption> courses = em.createQuery("select c.id, c.code, c.title from Course c"
                        + " where c.status <> :draft order by c.code", Object[].class)
                .setParameter("draft", CourseStatus.DRAFT).setMaxResults(PageRequest.MAX_SIZE).getResultList()
                .stream().map(r -> new OversightChoices.CourseOption((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
        return new OversightChoices(regions, courses);
    }

    private static final String FIGURES = " count(distinct s.id), count(e.id),"
            + " sum(case when e.status = 'COMPLETED' then 1 else 0 end),"
            + " sum(e.post_score - e.pre_score), count(e.post_score - e.pre_score),"
            + " sum(v.usefulness), sum(v.trainer_rating), sum(v.organisation), count(v.id)"
            + " from enrolment e join training_session s on s.id = e.session_id join course c on c.id = s.course_id"
            + " left join region r on r.id = e.region_id left join evaluation v on v.enrolment_id = e.id";

    /**
     * One page of the figures per course and trainees' region, of the sessions completed in the filter's
     * dates; sorted by course ("course", the default), region, sessions, trainees or completion rate.
     */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public Page<FigureRow> figures(PageRequest page, FigureFilter filter) {
        String where = figureWhere(filter);
        String group = " group by c.id, c.code, c.title, r.id, r.name_kk, r.name_ru, r.name_en";
        String regionName = "r.name_" + language().code();
        Map<String, String> sort = Map.of("course", "c.code", "region", regionName, "sessions", "count(distinct s.id)",
                "trainees", "count(e.id)", "completionRate",
                "sum(case when e.status = 'COMPLETED' then 1 else 0 end) * 1.0 / count(e.id)");
        String order = page.orderBy(sort, "c.code", "c.code, " + regionName + ", r.id");
        Query rows = figureParameters(em.createNativeQuery("select c.id, c.code, c.title, r.id, r.name_kk, r.name_ru,"
                + " r.name_en," + FIGURES + where + group + order + " limit ?5 offset ?6"), filter)
                .setParameter(5, page.size()).setParameter(6, page.first());
        Query count = figureParameters(em.createNativeQuery("select count(*) from (select c.id"
                + FIGURES.substring(FIGURES.indexOf(" from ")) + where + group + ") g"), filter);
        List<FigureRow> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        for (Object[] r : result) {
            found.add(figure(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    r[3] == null ? null : new Names((String) r[4], (String) r[5], (String) r[6]), r, 7));
        }
        return new Page<>(found, ((Number) count.getSingleResult()).longValue());
    }

    /** The figures of everything the filter selects, for the totals line. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public FigureRow figureTotals(FigureFilter filter) {
        Object[] r = (Object[]) figureParameters(em.createNativeQuery("select" + FIGURES + figureWhere(filter)),
                filter).getSingleResult();
        return figure(null, null, null, null, null, r, 0);
    }

    private static String figureWhere(FigureFilter filter) {
        if (filter.getFrom() != null && filter.getTo() != null && filter.getFrom().isAfter(filter.getTo())) {
            throw new DomainException("training.oversight.dateRange");
        }
        return " where s.status = 'COMPLETED' and e.status in (" + FINISHED + ")"
                + (filter.getRegionId() == null ? "" : " and e.region_id = ?1")
                + (filter.getCourseId() == null ? "" : " and c.id = ?2")
                + (filter.getFrom() == null ? "" : " and s.last_day >= ?3")
                + (filter.getTo() == null ? "" : " and s.last_day <= ?4");
    }

    private static Query figureParameters(Query query, FigureFilter filter) {
        if (filter.getRegionId() != null) {
            query.setParameter(1, filter.getRegionId());
        }
        if (filter.getCourseId() != null) {
            query.setParameter(2, filter.getCourseId());
        }
        if (filter.getFrom() != null) {
            query.setParameter(3, Date.valueOf(filter.getFrom()));
        }
        if (filter.getTo() != null) {
            query.setParameter(4, Date.valueOf(filter.getTo()));
        }
        return query;
    }

    private static FigureRow figure(Long courseId, String code, String title, Long regionId, Names region,
                                    Object[] r, int at) {
        long tested = number(r[at + 4]);
        long evaluations = number(r[at + 8]);
        return new FigureRow(courseId, code, title, regionId, region, number(r[at]), number(r[at + 1]),
                number(r[at + 2]), average(r[at + 3], tested), tested, average(r[at + 5], evaluations),
                average(r[at + 6], evaluations), average(r[at + 7], evaluations), evaluations);
    }

    private static Double average(Object sum, long count) {
        return count == 0 || sum == null ? null : ((Number) sum).doubleValue() / count;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
