package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The records the dashboards count, written straight into their tables with native SQL, each in the state a
 * test needs (a project in implementation, an overdue task, a session with a waiting list), so that the
 * dashboards' figures can be checked against numbers known in advance. The tables belong to other features;
 * the dashboards only read them.
 */
@Stateless
public class DashboardSetup {

    /** The workflow the migrations publish, "Local initiative grant". */
    private static final long WORKFLOW = 10;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A grant call for the region with the envelope given, in the state given (DRAFT, PUBLISHED, CLOSED). */
    public long call(long regionId, long envelope, String status) {
        long id = nextId();
        em.createNativeQuery("insert into grant_call (id, version, created_at, modified_at, title, envelope, max_grant,"
                        + " min_cofinancing_pct, opens_on, closes_on, status) values (?1, 0, ?2, ?2, ?3, ?4, ?4, 10, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, "Dashboard call " + id)
                .setParameter(4, envelope).setParameter(5, Date.valueOf(LocalDate.now().minusDays(30)))
                .setParameter(6, Date.valueOf(LocalDate.now().plusDays(30))).setParameter(7, status).executeUpdate();
        em.createNativeQuery("insert into grant_call_region (call_id, region_id) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, regionId).executeUpdate();
        return id;
    }

    /** A project of the district in the state given, with its total cost and the grant requested and approved. */
    public long project(long districtId, long callId, String status, long totalCost, long requested, long approved) {
        long id = nextId();
        em.createNativeQuery("insert into project (id, version, created_at, modified_at, district_id, call_id,"
                        + " workflow_id, step_position, round, status, title, total_cost, grant_requested, grant_approved)"
                        + " values (?1, 0, ?2, ?2, ?3, ?4, ?5, 0, 1, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, districtId).setParameter(4, callId)
                .setParameter(5, WORKFLOW).setParameter(6, status).setParameter(7, "Dashboard project " + id)
                .setParameter(8, totalCost).setParameter(9, requested).setParameter(10, approved).executeUpdate();
        return id;
    }

    /** A task of the project for the responsible given (DISTRICT_MAYOR, ...) at a step, due on the day given. */
    public long task(long projectId, long districtId, long regionId, String responsible, String stepCode,
                     LocalDate dueOn, String status) {
        long id = nextId();
        em.createNativeQuery("insert into task (id, version, created_at, modified_at, project_id, kind, step_position,"
                        + " step_code, responsible, district_id, region_id, opened_on, due_on, required_approvals, status)"
                        + " values (?1, 0, ?2, ?2, ?3, 'STEP', 1, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10)")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, projectId).setParameter(4, stepCode)
                .setParameter(5, responsible).setParameter(6, districtId).setParameter(7, regionId)
                .setParameter(8, Date.valueOf(dueOn.minusDays(10))).setParameter(9, Date.valueOf(dueOn))
                .setParameter(10, status).executeUpdate();
        return id;
    }

    /** Money spent on the project, on a budget line of its own. */
    public void spend(long projectId, long amount) {
        long line = nextId();
        em.createNativeQuery("insert into budget_line (id, version, created_at, modified_at, project_id, position,"
                        + " category, description, quantity, unit_cost) values (?1, 0, ?2, ?2, ?3, 0, 'WORKS', 'Works', 1, ?4)")
                .setParameter(1, line).setParameter(2, now()).setParameter(3, projectId).setParameter(4, amount)
                .executeUpdate();
        em.createNativeQuery("insert into expenditure (id, version, created_at, modified_at, budget_line_id,"
                        + " project_id, amount, spent_on, document) values (?1, 0, ?2, ?2, ?3, ?4, ?5, ?6, 'Act 1')")
                .setParameter(1, nextId()).setParameter(2, now()).setParameter(3, line).setParameter(4, projectId)
                .setParameter(5, amount).setParameter(6, Date.valueOf(LocalDate.now())).executeUpdate();
    }

    /** A milestone of the project, reached or planned. */
    public void milestone(long projectId, boolean reached) {
        em.createNativeQuery("insert into milestone (id, version, created_at, modified_at, project_id, position, title,"
                        + " due_on, reached_on, status) values (?1, 0, ?2, ?2, ?3, 0, 'Milestone', ?4, cast(?5 as date), ?6)")
                .setParameter(1, nextId()).setParameter(2, now()).setParameter(3, projectId)
                .setParameter(4, Date.valueOf(LocalDate.now().plusDays(30)))
                .setParameter(5, reached ? Date.valueOf(LocalDate.now()) : null)
                .setParameter(6, reached ? "REACHED" : "PLANNED").executeUpdate();
    }

    /**
     * An indicator of the project from baseline to target, with the actual values of the quarters given (in
     * order, the last the latest) and its final value (null: none yet).
     */
    public void indicator(long projectId, int baseline, int target, Integer finalValue, int... actuals) {
        long id = nextId();
        em.createNativeQuery("insert into indicator (id, version, created_at, modified_at, project_id, position, name,"
                        + " unit, baseline, target, final_value) values (?1, 0, ?2, ?2, ?3, 0, 'People', 'people', ?4, ?5,"
                        + " cast(?6 as numeric))")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, projectId).setParameter(4, baseline)
                .setParameter(5, target).setParameter(6, finalValue).executeUpdate();
        for (int q = 0; q < actuals.length; q++) {
            em.createNativeQuery("insert into indicator_actual (id, version, created_at, modified_at, indicator_id,"
                            + " project_id, period_year, period_quarter, actual_value) values (?1, 0, ?2, ?2, ?3, ?4, 2026, ?5, ?6)")
                    .setParameter(1, nextId()).setParameter(2, now()).setParameter(3, id).setParameter(4, projectId)
                    .setParameter(5, q + 1).setParameter(6, actuals[q]).executeUpdate();
        }
    }

    /** A session of the course from the first to the last day, in the state given, held by the trainers. */
    public long session(long courseId, LocalDate first, LocalDate last, int capacity, String status,
                        String... trainers) {
        long id = nextId();
        em.createNativeQuery("insert into training_session (id, version, created_at, modified_at, course_id, first_day,"
                        + " last_day, starts_at, ends_at, venue, capacity, status) values (?1, 0, ?2, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " 'Test hall', ?8, ?9)")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, courseId)
                .setParameter(4, Date.valueOf(first)).setParameter(5, Date.valueOf(last))
                .setParameter(6, Time.valueOf(LocalTime.of(10, 0))).setParameter(7, Time.valueOf(LocalTime.of(13, 0)))
                .setParameter(8, capacity).setParameter(9, status).executeUpdate();
        for (String trainer : trainers) {
            em.createNativeQuery("insert into training_session_trainer (session_id, username) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, trainer).executeUpdate();
        }
        return id;
    }

    /** An enrolment of the person in the session, in the state given. */
    public long enrol(long sessionId, String username, Long districtId, Long regionId, String status) {
        long id = nextId();
        em.createNativeQuery("insert into enrolment (id, version, created_at, modified_at, session_id, trainee_username,"
                        + " trainee_name, district_id, region_id, status, queued_at) values (?1, 0, ?2, ?2, ?3, ?4, ?4,"
                        + " cast(?5 as bigint), cast(?6 as bigint), ?7, ?2)")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, sessionId).setParameter(4, username)
                .setParameter(5, districtId).setParameter(6, regionId).setParameter(7, status).executeUpdate();
        return id;
    }

    /** An evaluation of the enrolment's session: usefulness, the trainer and the organisation, 1 to 5. */
    public void evaluate(long enrolmentId, int usefulness, int trainer, int organisation) {
        em.createNativeQuery("insert into evaluation (id, version, created_at, modified_at, enrolment_id, session_id,"
                        + " course_id, usefulness, trainer_rating, organisation) select ?1, 0, ?2, ?2, e.id, e.session_id,"
                        + " s.course_id, ?3, ?4, ?5 from enrolment e join training_session s on s.id = e.session_id"
                        + " where e.id = ?6")
                .setParameter(1, nextId()).setParameter(2, now()).setParameter(3, usefulness)
                .setParameter(4, trainer).setParameter(5, organisation).setParameter(6, enrolmentId).executeUpdate();
    }

    /** A valid certificate of the enrolment's course for its trainee. */
    public void certify(long enrolmentId) {
        long id = nextId();
        em.createNativeQuery("insert into certificate (id, version, created_at, modified_at, enrolment_id, code,"
                        + " trainee_username, trainee_name, course_code, course_title, hours, first_day, last_day, issued_on)"
                        + " select ?1, 0, ?2, ?2, e.id, ?3, e.trainee_username, e.trainee_name, c.code, c.title, c.hours,"
                        + " s.first_day, s.last_day, s.last_day from enrolment e join training_session s on s.id = e.session_id"
                        + " join course c on c.id = s.course_id where e.id = ?4")
                .setParameter(1, id).setParameter(2, now()).setParameter(3, "ZD" + id).setParameter(4, enrolmentId)
                .executeUpdate();
    }

    /** The audit chain's length as its head holds it. */
    public long auditLength() {
        return ((Number) em.createNativeQuery("select last_seq from audit_chain_head where id = 1").getSingleResult())
                .longValue();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("select nextval('portal_seq')").getSingleResult()).longValue();
    }
}
