package org.birge.portal.dashboard.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.feedback.service.TrustFigures;
import org.birge.portal.feedback.service.TrustOverview;
import org.birge.portal.feedback.service.TrustRow;
import org.birge.portal.feedback.service.TrustService;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;

/**
 * The figures of the role dashboards, each of the caller's own scope (taken from {@link Caller}, never from
 * a parameter): a mayor's district, a governor's region, the programme for a project manager, a trainer's
 * own sessions, the whole portal for an administrator. Every figure is counted or summed in the database
 * with native SQL that H2 (PostgreSQL mode) and PostgreSQL share, so a dashboard costs the same small
 * number of statements whatever the data holds; Java only puts the rows of a few groups together.
 */
@Stateless
public class DashboardService {

    /** How many deadlines, projects, sessions or courses a dashboard lists; the figures count them all. */
    public static final int LISTED = 6;
    /** A week: today and the six days after it. */
    private static final int WEEK = 6;
    /** Someone signed in within these days counts as active lately. */
    private static final int ACTIVE_DAYS = 30;

    private static final String OPEN_APPEALS = literals(AppealStatus.open());
    /** Projects being carried out, whose budget and spending the mayor follows. */
    private static final String UNDER_WAY = literals(Set.of(ProjectStatus.IN_IMPLEMENTATION,
            ProjectStatus.IN_EVALUATION));
    /** Projects whose indicators count: under way or closed. */
    private static final String WITH_RESULTS = literals(Set.of(ProjectStatus.IN_IMPLEMENTATION,
            ProjectStatus.IN_EVALUATION, ProjectStatus.CLOSED));
    /** Proposals whose grant does not count as requested or approved: not submitted, or rejected. */
    private static final Set<String> NOT_COUNTED = Set.of(ProjectStatus.DRAFT.name(), ProjectStatus.REJECTED.name());
    private static final String SESSIONS_TO_COME = literals(Set.of(SessionStatus.PLANNED, SessionStatus.OPEN,
            SessionStatus.IN_PROGRESS));
    private static final String ENROLLED = literals(EnrolmentStatus.active());
    /** A core course: published, for mayors (as the training coverage counts it). */
    private static final String CORE = "c.status = 'PUBLISHED' and c.target_roles like '%" + Role.MAYOR_NAME + "%'";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private TrustService trust;

    // ------------------------------------------------------------------------------------------------ mayor

    /** The mayor's dashboard; null when they are assigned to no district yet. */
    @RolesAllowed(Role.MAYOR_NAME)
    public MayorDashboard mayor() {
        Official me = caller.official().orElse(null);
        Scope scope = me == null ? Scope.none() : me.scope();
        if (scope.kind() != Scope.Kind.DISTRICT) {
            return null;
        }
        long district = scope.districtId();
        LocalDate today = PortalClock.today();
        LocalDate weekEnd = today.plusDays(WEEK);
        Date todayParam = Date.valueOf(today);
        Date weekEndParam = Date.valueOf(weekEnd);

        Object[] place = single(em.createNativeQuery("select d.code, d.name_kk, d.name_ru, d.name_en"
                + " from district d where d.id = ?1").setParameter(1, district));
        String myTasks = " from task t where t.status = '" + TaskStatus.OPEN + "' and t.responsible = '"
                + Responsible.DISTRICT_MAYOR + "' and t.district_id = ?1";
        Object[] tasks = single(em.createNativeQuery("select count(*),"
                + " sum(case when t.due_on < ?2 then 1 else 0 end),"
                + " sum(case when t.due_on >= ?2 and t.due_on <= ?3 then 1 else 0 end)" + myTasks)
                .setParameter(1, district).setParameter(2, todayParam).setParameter(3, weekEndParam));
        List<MayorDashboard.Deadline> deadlines = rows(em.createNativeQuery("select t.id, t.project_id, p.title,"
                + " t.step_code, t.due_on from task t join project p on p.id = t.project_id"
                + " where t.status = '" + TaskStatus.OPEN + "' and t.responsible = '" + Responsible.DISTRICT_MAYOR
                + "' and t.district_id = ?1 order by t.due_on, t.id")
                .setParameter(1, district).setMaxResults(LISTED)).stream()
                .map(r -> new MayorDashboard.Deadline(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                        date(r[4]), date(r[4]).isBefore(today))).toList();
        Object[] appeals = single(em.createNativeQuery("select"
                + " sum(case when a.status in (" + OPEN_APPEALS + ") then 1 else 0 end),"
                + " sum(case when a.status in (" + OPEN_APPEALS + ") and a.due_on < ?2 then 1 else 0 end),"
                + " sum(case when a.status in (" + OPEN_APPEALS + ") and a.due_on >= ?2 and a.due_on <= ?3"
                + " then 1 else 0 end) from appeal a where a.district_id = ?1")
                .setParameter(1, district).setParameter(2, todayParam).setParameter(3, weekEndParam));
        List<Object[]> states = rows(em.createNativeQuery("select p.status, count(*),"
                + " sum(case when p.status in (" + UNDER_WAY + ") then p.total_cost else 0 end)"
                + " from project p where p.district_id = ?1 group by p.status").setParameter(1, district));
        long budget = states.stream().mapToLong(r -> number(r[2])).sum();
        long spent = number(single(em.createNativeQuery("select coalesce(sum(e.amount), 0)"
                + " from expenditure e join project p on p.id = e.project_id"
                + " where p.district_id = ?1 and p.status in (" + UNDER_WAY + ")").setParameter(1, district))[0]);
        List<MayorDashboard.ProjectProgress> progress = rows(em.createNativeQuery("select p.id, p.title, p.status,"
                + " p.total_cost,"
                + " (select coalesce(sum(e.amount), 0) from expenditure e where e.project_id = p.id),"
                + " (select count(*) from milestone m where m.project_id = p.id),"
                + " (select count(*) from milestone m where m.project_id = p.id and m.status = 'REACHED')"
                + " from project p where p.district_id = ?1 and p.status in (" + UNDER_WAY + ")"
                + " order by p.modified_at desc, p.id").setParameter(1, district).setMaxResults(LISTED)).stream()
                .map(r -> new MayorDashboard.ProjectProgress(number(r[0]), (String) r[1], (String) r[2],
                        number(r[3]), number(r[4]), number(r[5]), number(r[6]))).toList();
        MayorDashboard.NextSession next = rows(em.createNativeQuery("select s.id, c.title, s.first_day,"
                + " s.last_day, s.starts_at, s.venue, e.status from enrolment e"
                + " join training_session s on s.id = e.session_id join course c on c.id = s.course_id"
                + " where e.trainee_username = ?1 and e.status in (" + ENROLLED + ") and s.last_day >= ?2"
                + " and s.status in (" + SESSIONS_TO_COME + ") order by s.first_day, s.starts_at, s.id")
                .setParameter(1, me.getUsername()).setParameter(2, todayParam).setMaxResults(1)).stream()
                .findFirst().map(r -> new MayorDashboard.NextSession(number(r[0]), (String) r[1], date(r[2]),
                        date(r[3]), time(r[4]), (String) r[5], (String) r[6])).orElse(null);
        TrustFigures figures = trust.myDistrict();
        return new MayorDashboard(district, (String) place[0], names(place, 1), today, weekEnd, number(tasks[0]),
                number(tasks[1]), number(tasks[2]), deadlines, number(appeals[0]), number(appeals[1]),
                number(appeals[2]), counts(states, projectStates()), budget, spent, progress, next, figures);
    }

    // --------------------------------------------------------------------------------------------- governor

    /** The governor's dashboard: the active districts of their region, overdue first; null without a region. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public GovernorDashboard governor() {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.REGION) {
            return null;
        }
        long region = scope.regionId();
        LocalDate today = PortalClock.today();
        List<String> states = projectStates();

        List<Object[]> districts = rows(em.createNativeQuery("select d.id, d.code, d.name_kk, d.name_ru, d.name_en"
                + " from district d where d.region_id = ?1 and d.active = true order by d.code")
                .setParameter(1, region).setMaxResults(PageRequest.MAX_SIZE));
        Map<Long, Map<String, Long>> projects = new HashMap<>();
        rows(em.createNativeQuery("select p.district_id, p.status, count(*) from project p"
                + " join district d on d.id = p.district_id where d.region_id = ?1"
                + " group by p.district_id, p.status").setParameter(1, region))
                .forEach(r -> projects.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                        .put((String) r[1], number(r[2])));
        Map<Long, long[]> endorsements = new HashMap<>();
        rows(em.createNativeQuery("select t.district_id, count(*), sum(case when t.due_on < ?2 then 1 else 0 end)"
                + " from task t where t.status = '" + TaskStatus.OPEN + "' and t.responsible = '"
                + Responsible.REGION_GOVERNOR + "' and t.region_id = ?1 group by t.district_id")
                .setParameter(1, region).setParameter(2, Date.valueOf(today)))
                .forEach(r -> endorsements.put(number(r[0]), new long[] {number(r[1]), number(r[2])}));
        Map<Long, long[]> coverage = new HashMap<>();
        rows(em.createNativeQuery("select o.district_id, count(*), sum(case when exists (select 1 from certificate x"
                + " join course c on c.code = x.course_code where x.trainee_username = o.username"
                + " and x.revoked_at is null and " + CORE + ") then 1 else 0 end)"
                + " from official o join district d on d.id = o.district_id"
                + " where d.region_id = ?1 and o.roles like ?2 group by o.district_id")
                .setParameter(1, region).setParameter(2, "%" + Role.MAYOR_NAME + "%"))
                .forEach(r -> coverage.put(number(r[0]), new long[] {number(r[1]), number(r[2])}));
        TrustOverview appeals = trust.region(region);
        Map<Long, TrustFigures> appealsByDistrict = appeals.parts().stream()
                .collect(Collectors.toMap(TrustRow::id, TrustRow::figures));

        List<GovernorDashboard.DistrictRow> rows = new ArrayList<>();
        for (Object[] d : districts) {
            long id = number(d[0]);
            Map<String, Long> byState = projects.getOrDefault(id, Map.of());
            long[] e = endorsements.getOrDefault(id, new long[2]);
            long[] c = coverage.getOrDefault(id, new long[2]);
            rows.add(new GovernorDashboard.DistrictRow(id, (String) d[1], names(d, 2),
                    states.stream().map(s -> byState.getOrDefault(s, 0L)).toList(),
                    byState.values().stream().mapToLong(Long::longValue).sum(), e[0], e[1],
                    appealsByDistrict.getOrDefault(id, TrustFigures.NONE), c[0], c[1]));
        }
        rows.sort(Comparator.comparingLong(GovernorDashboard.DistrictRow::overdue).reversed()
                .thenComparing(GovernorDashboard.DistrictRow::code));
        long[] byState = new long[states.size()];
        rows.forEach(r -> {
            for (int i = 0; i < byState.length; i++) {
                byState[i] += r.projectsByState().get(i);
            }
        });
        GovernorDashboard.DistrictRow total = new GovernorDashboard.DistrictRow(region, appeals.total().code(),
                appeals.total().name(), Arrays.stream(byState).boxed().toList(),
                rows.stream().mapToLong(GovernorDashboard.DistrictRow::projects).sum(),
                rows.stream().mapToLong(GovernorDashboard.DistrictRow::endorsements).sum(),
                rows.stream().mapToLong(GovernorDashboard.DistrictRow::overdueEndorsements).sum(),
                appeals.total().figures(),
                rows.stream().mapToLong(GovernorDashboard.DistrictRow::mayors).sum(),
                rows.stream().mapToLong(GovernorDashboard.DistrictRow::trainedMayors).sum());
        return new GovernorDashboard(region, appeals.total().name(), rows, total, states);
    }

    // -------------------------------------------------------------------------------------- project manager

    /** The programme's dashboard for project managers. */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public ProgrammeDashboard programme() {
        LocalDate today = PortalClock.today();
        List<String> states = projectStates();
        List<Object[]> regions = rows(em.createNativeQuery("select r.id, r.code, r.name_kk, r.name_ru, r.name_en"
                + " from region r order by r.code"));
        Map<Long, Map<String, long[]>> projects = new HashMap<>();
        rows(em.createNativeQuery("select d.region_id, p.status, count(*), sum(p.grant_requested),"
                + " sum(p.grant_approved) from project p join district d on d.id = p.district_id"
                + " group by d.region_id, p.status"))
                .forEach(r -> projects.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                        .put((String) r[1], new long[] {number(r[2]), number(r[3]), number(r[4])}));
        Object[] money = single(em.createNativeQuery("select"
                + " (select coalesce(sum(c.envelope), 0) from grant_call c where c.status <> 'DRAFT'),"
                + " (select coalesce(sum(e.amount * p.grant_approved / p.total_cost), 0) from expenditure e"
                + " join project p on p.id = e.project_id where p.total_cost > 0)"));
        List<ProgrammeDashboard.Approvals> approvals = rows(em.createNativeQuery("select t.step_code, count(*),"
                + " sum(case when t.due_on < ?1 then 1 else 0 end) from task t where t.status = '" + TaskStatus.OPEN
                + "' and t.responsible = '" + Responsible.PROJECT_MANAGER + "' group by t.step_code"
                + " order by t.step_code").setParameter(1, Date.valueOf(today))).stream()
                .map(r -> new ProgrammeDashboard.Approvals((String) r[0], number(r[1]), number(r[2]))).toList();
        String latest = "coalesce(i.final_value, (select a.actual_value from indicator_actual a"
                + " where a.indicator_id = i.id order by a.period_year desc, a.period_quarter desc"
                + " fetch first 1 rows only))";
        Object[] indicators = single(em.createNativeQuery("select count(*),"
                + " sum(case when x.v is not null and ((x.target >= x.baseline and x.v >= x.target)"
                + " or (x.target < x.baseline and x.v <= x.target)) then 1 else 0 end),"
                + " sum(case when x.v is not null then 1 else 0 end)"
                + " from (select i.baseline as baseline, i.target as target, " + latest + " as v from indicator i"
                + " join project p on p.id = i.project_id where p.status in (" + WITH_RESULTS + ")) x"));
        Object[] training = single(em.createNativeQuery("select"
                + " (select count(*) from training_session s where s.status = 'COMPLETED'),"
                + " (select count(*) from training_session s where s.status in (" + SESSIONS_TO_COME + ")"
                + " and s.last_day >= ?1),"
                + " (select count(*) from enrolment e where e.status = 'COMPLETED'),"
                + " (select count(*) from certificate x where x.revoked_at is null),"
                + " (select count(*) from evaluation v),"
                + " (select avg(1.0 * v.usefulness) from evaluation v),"
                + " (select avg(1.0 * v.trainer_rating) from evaluation v),"
                + " (select avg(1.0 * v.organisation) from evaluation v)").setParameter(1, Date.valueOf(today)));
        TrustOverview trustByRegion = trust.programme();

        List<ProgrammeDashboard.RegionRow> rows = new ArrayList<>();
        long requested = 0;
        long approved = 0;
        for (Object[] r : regions) {
            long id = number(r[0]);
            Map<String, long[]> byState = projects.getOrDefault(id, Map.of());
            long regionRequested = 0;
            long regionApproved = 0;
            for (Map.Entry<String, long[]> e : byState.entrySet()) {
                if (!NOT_COUNTED.contains(e.getKey())) {
                    regionRequested += e.getValue()[1];
                    regionApproved += e.getValue()[2];
                }
            }
            requested += regionRequested;
            approved += regionApproved;
            rows.add(new ProgrammeDashboard.RegionRow(id, (String) r[1], names(r, 2),
                    states.stream().map(s -> byState.getOrDefault(s, new long[3])[0]).toList(),
                    byState.values().stream().mapToLong(v -> v[0]).sum(), regionRequested, regionApproved));
        }
        ProgrammeDashboard.Training delivered = new ProgrammeDashboard.Training(number(training[0]),
                number(training[1]), number(training[2]), number(training[3]), number(training[4]),
                decimal(training[5]), decimal(training[6]), decimal(training[7]));
        return new ProgrammeDashboard(states, rows, number(money[0]), requested, approved, number(money[1]),
                approvals, number(indicators[0]), number(indicators[1]),
                number(indicators[2]) - number(indicators[1]), delivered, trustByRegion);
    }

    // ---------------------------------------------------------------------------------------------- trainer

    /** The trainer's dashboard: their own sessions to come and the evaluations of their sessions. */
    @RolesAllowed(Role.TRAINER_NAME)
    public TrainerDashboard trainer() {
        String me = caller.username();
        Date today = Date.valueOf(PortalClock.today());
        String sessions = "select s.id as id, c.title as title, s.first_day as first_day, s.last_day as last_day,"
                + " s.status as status, s.capacity as capacity,"
                + " sum(case when e.status = 'CONFIRMED' then 1 else 0 end) as confirmed,"
                + " sum(case when e.status = 'REQUESTED' then 1 else 0 end) as requested,"
                + " sum(case when e.status = 'WAITLISTED' then 1 else 0 end) as waitlisted"
                + " from training_session s join course c on c.id = s.course_id"
                + " join training_session_trainer tr on tr.session_id = s.id"
                + " left join enrolment e on e.session_id = s.id"
                + " where tr.username = ?1 and s.last_day >= ?2 and s.status in (" + SESSIONS_TO_COME + ")"
                + " group by s.id, c.title, s.first_day, s.last_day, s.status, s.capacity";
        List<TrainerDashboard.SessionRow> upcoming = rows(em.createNativeQuery(sessions
                + " order by s.first_day, s.id").setParameter(1, me).setParameter(2, today).setMaxResults(LISTED))
                .stream().map(r -> new TrainerDashboard.SessionRow(number(r[0]), (String) r[1], date(r[2]),
                        date(r[3]), (String) r[4], number(r[5]), number(r[6]), number(r[7]), number(r[8])))
                .toList();
        Object[] totals = single(em.createNativeQuery("select count(*), coalesce(sum(x.capacity), 0),"
                + " coalesce(sum(x.confirmed), 0), coalesce(sum(x.requested), 0), coalesce(sum(x.waitlisted), 0)"
                + " from (" + sessions + ") x").setParameter(1, me).setParameter(2, today));
        String mine = " from evaluation v join course c on c.id = v.course_id where v.session_id in"
                + " (select tr.session_id from training_session_trainer tr where tr.username = ?1)";
        String averages = " count(*), avg(1.0 * v.usefulness), avg(1.0 * v.trainer_rating),"
                + " avg(1.0 * v.organisation)";
        List<TrainerDashboard.Scores> byCourse = rows(em.createNativeQuery("select c.id, c.title," + averages + mine
                + " group by c.id, c.title order by c.title, c.id").setParameter(1, me).setMaxResults(LISTED))
                .stream().map(r -> scores(number(r[0]), (String) r[1], r, 2)).toList();
        Object[] all = single(em.createNativeQuery("select" + averages + mine).setParameter(1, me));
        return new TrainerDashboard(upcoming, number(totals[0]), number(totals[1]), number(totals[2]),
                number(totals[3]), number(totals[4]), byCourse, scores(0, null, all, 0));
    }

    // ------------------------------------------------------------------------------------------------ admin

    /** The administrators' dashboard. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AdminDashboard admin() {
        StringBuilder byRole = new StringBuilder("select count(*), sum(case when o.last_login_at >= ?1 then 1 else 0 end)");
        List<Role> roles = List.of(Role.values());
        for (Role role : roles) {
            byRole.append(", sum(case when o.roles like '%").append(role.roleName()).append("%' then 1 else 0 end)");
        }
        Object[] people = single(em.createNativeQuery(byRole + " from official o").setParameter(1,
                Timestamp.from(Instant.now().minus(ACTIVE_DAYS, ChronoUnit.DAYS))));
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            counts.add(new Count(roles.get(i).roleName(), number(people[i + 2])));
        }
        Object[] reference = single(em.createNativeQuery("select"
                + " (select count(*) from region),"
                + " (select count(*) from region r where r.active = true),"
                + " (select count(*) from district),"
                + " (select count(*) from district d where d.active = true),"
                + " (select count(*) from course),"
                + " (select count(*) from course c where c.status = 'PUBLISHED'),"
                + " (select count(*) from workflow_definition w where w.status = 'PUBLISHED'),"
                + " (select count(*) from calendar_day)"));
        Object[] audit = single(em.createNativeQuery("select h.last_seq, h.last_hash,"
                + " (select a.occurred_at from audit_record a where a.seq = h.last_seq)"
                + " from audit_chain_head h where h.id = 1"));
        return new AdminDashboard(number(people[0]), number(people[1]), counts, number(reference[0]),
                number(reference[1]), number(reference[2]), number(reference[3]), number(reference[4]),
                number(reference[5]), number(reference[6]), number(reference[7]), number(audit[0]),
                (String) audit[1], instant(audit[2]));
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** The project states in their order of the life of a project, as the dashboards list them. */
    private static List<String> projectStates() {
        return Arrays.stream(ProjectStatus.values()).map(Enum::name).toList();
    }

    private static List<Count> counts(List<Object[]> rows, List<String> keys) {
        Map<String, Long> found = new HashMap<>();
        rows.forEach(r -> found.put((String) r[0], number(r[1])));
        return keys.stream().map(k -> new Count(k, found.getOrDefault(k, 0L))).toList();
    }

    private static TrainerDashboard.Scores scores(long courseId, String title, Object[] r, int from) {
        return new TrainerDashboard.Scores(courseId, title, number(r[from]), decimal(r[from + 1]),
                decimal(r[from + 2]), decimal(r[from + 3]));
    }

    private static Names names(Object[] row, int from) {
        return new Names((String) row[from], (String) row[from + 1], (String) row[from + 2]);
    }

    private static String literals(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> "'" + v.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        List<?> found = query.getResultList();
        return found.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    private static Object[] single(Query query) {
        return rows(query).get(0);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new Date(d.getTime()).toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass());
    }

    private static LocalTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalTime t) {
            return t;
        }
        if (value instanceof Time t) {
            return t.toLocalTime();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }
}
