package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Projects in implementation with the records the quarterly report sums (grant decisions, budget lines,
 * expenditures, indicators and their values, progress reports), written straight into the tables with
 * native SQL and dated at will: the domain would not let a test spend money on a past day of its choosing.
 */
@Stateless
public class ReportHistory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** A project of {@code district} in implementation on workflow {@code workflow}, with one budget line. */
    public long project(long districtId, long callId, long workflowId, String title, long totalCost, long grant) {
        long id = nextId();
        Timestamp now = Timestamp.from(Instant.now());
        int implementation = step(workflowId, "IMPLEMENTATION");
        em.createNativeQuery("insert into project (id, version, created_at, modified_at, district_id, call_id,"
                        + " workflow_id, step_position, round, status, title, total_cost, grant_requested,"
                        + " grant_approved, submitted_at) values (?1, 0, ?2, ?2, ?3, ?4, ?5, ?6, 1,"
                        + " 'IN_IMPLEMENTATION', ?7, ?8, ?9, ?9, ?2)")
                .setParameter(1, id).setParameter(2, now).setParameter(3, districtId).setParameter(4, callId)
                .setParameter(5, workflowId).setParameter(6, implementation).setParameter(7, title)
                .setParameter(8, totalCost).setParameter(9, grant).executeUpdate();
        em.createNativeQuery("insert into budget_line (id, version, created_at, modified_at, project_id, position,"
                        + " category, description, quantity, unit_cost) values (?1, 0, ?2, ?2, ?3, 0, 'WORKS',"
                        + " 'Works', 1, ?4)")
                .setParameter(1, nextId()).setParameter(2, now).setParameter(3, id).setParameter(4, totalCost)
                .executeUpdate();
        return id;
    }

    /** The grant decision of the project, approved at {@code at}. */
    public void decided(long projectId, Instant at) {
        em.createNativeQuery("insert into task (id, version, created_at, modified_at, project_id, kind, step_position,"
                        + " step_code, responsible, district_id, region_id, opened_on, due_on, required_approvals,"
                        + " status, completed_by, completed_at, outcome) select ?1, 0, ?2, ?2, p.id, 'STEP',"
                        + " s.position, s.code, 'PROJECT_MANAGER', p.district_id, d.region_id, ?3, ?3, 1, 'DONE',"
                        + " 'pm.test', ?2, 'APPROVE' from project p join district d on d.id = p.district_id"
                        + " join workflow_step s on s.definition_id = p.workflow_id and s.kind = 'DECISION'"
                        + " where p.id = ?4")
                .setParameter(1, nextId()).setParameter(2, Timestamp.from(at))
                .setParameter(3, Date.valueOf(LocalDate.ofInstant(at, java.time.ZoneOffset.ofHours(5))))
                .setParameter(4, projectId).executeUpdate();
    }

    /** Money spent by the project on {@code day}, on its budget line. */
    public void spent(long projectId, long amount, LocalDate day) {
        em.createNativeQuery("insert into expenditure (id, version, created_at, modified_at, budget_line_id, project_id,"
                        + " amount, spent_on, document) select ?1, 0, ?2, ?2, b.id, b.project_id, ?3, ?4, 'Act 1'"
                        + " from budget_line b where b.project_id = ?5")
                .setParameter(1, nextId()).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, amount)
                .setParameter(4, Date.valueOf(day)).setParameter(5, projectId).executeUpdate();
    }

    public long indicator(long projectId, int position, String name, String unit, long baseline, long target) {
        long id = nextId();
        em.createNativeQuery("insert into indicator (id, version, created_at, modified_at, project_id, position, name,"
                        + " unit, baseline, target) values (?1, 0, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, projectId)
                .setParameter(4, position).setParameter(5, name).setParameter(6, unit)
                .setParameter(7, BigDecimal.valueOf(baseline)).setParameter(8, BigDecimal.valueOf(target))
                .executeUpdate();
        return id;
    }

    public void actual(long indicatorId, int year, int quarter, String value) {
        em.createNativeQuery("insert into indicator_actual (id, version, created_at, modified_at, indicator_id,"
                        + " project_id, period_year, period_quarter, actual_value) select ?1, 0, ?2, ?2, i.id,"
                        + " i.project_id, ?3, ?4, ?5 from indicator i where i.id = ?6")
                .setParameter(1, nextId()).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, year)
                .setParameter(4, quarter).setParameter(5, new BigDecimal(value)).setParameter(6, indicatorId)
                .executeUpdate();
    }

    public void report(long projectId, int year, int quarter, String issues, String status) {
        em.createNativeQuery("insert into progress_report (id, version, created_at, modified_at, project_id,"
                        + " period_year, period_quarter, narrative, issues_risks, status) values (?1, 0, ?2, ?2, ?3,"
                        + " ?4, ?5, 'Works went on as planned.', ?6, ?7)")
                .setParameter(1, nextId()).setParameter(2, Timestamp.from(Instant.now())).setParameter(3, projectId)
                .setParameter(4, year).setParameter(5, quarter).setParameter(6, issues).setParameter(7, status)
                .executeUpdate();
    }

    private int step(long workflowId, String kind) {
        return ((Number) em.createNativeQuery("select position from workflow_step where definition_id = ?1"
                + " and kind = ?2").setParameter(1, workflowId).setParameter(2, kind).getSingleResult()).intValue();
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("select nextval('portal_seq')").getSingleResult()).longValue();
    }
}
