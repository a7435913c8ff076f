package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A history of appeals and poll votes for the trust tests, written straight into the shared tables with
 * native SQL (the appeals and polls are another feature's entities; the trust figures read only the tables).
 */
@Stateless
public class TrustHistory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** An appeal as the trust figures see it. */
    public record Appeal(long districtId, String author, String status, LocalDate receivedOn, LocalDate dueOn,
                         Instant answeredAt, Integer workingDays, Boolean onTime, String rating, boolean isPublic,
                         boolean hidden, String subject, String body, String answer, Long projectId) {

        /** An answered appeal, private, with plain texts. */
        public static Appeal answered(long districtId, String author, LocalDate receivedOn, Instant answeredAt,
                                      int workingDays, boolean onTime, String rating) {
            return new Appeal(districtId, author, rating == null ? "ANSWERED" : "CLOSED", receivedOn,
                    receivedOn.plusDays(21), answeredAt, workingDays, onTime, rating, false, false,
                    "Вопрос жителя", "Текст обращения", "Ответ района", null);
        }

        /** An appeal still waiting for its answer. */
        public static Appeal open(long districtId, String author, String status, LocalDate receivedOn,
                                  LocalDate dueOn) {
            return new Appeal(districtId, author, status, receivedOn, dueOn, null, null, null, null, false, false,
                    "Вопрос жителя", "Текст обращения", null, null);
        }

        public Appeal shown(boolean isPublic, boolean hidden, String subject, String body, String answer) {
            return new Appeal(districtId, author, status, receivedOn, dueOn, answeredAt, workingDays, onTime, rating,
                    isPublic, hidden, subject, body, answer, projectId);
        }
    }

    public long appeal(Appeal a) {
        long id = nextId();
        Timestamp submitted = Timestamp.from(a.receivedOn().atStartOfDay(java.time.ZoneOffset.ofHours(5))
                .plusHours(10).toInstant());
        Timestamp answered = a.answeredAt() == null ? null : Timestamp.from(a.answeredAt());
        em.createNativeQuery("insert into appeal (id, version, created_at, modified_at, reference, district_id,"
                        + " first_district_id, author_username, kind, category, subject, body, written_in, answer_in,"
                        + " is_public, status, submitted_at, received_on, redirect_by, due_on, answered_at, answered_by,"
                        + " answer_text, answer_working_days, answered_on_time, project_id, rating, rated_at,"
                        + " hidden_at, hidden_by, hidden_reason) values (?1, 0, ?2, ?2, ?3, ?4, ?4, ?5, 'REQUEST',"
                        + " 'ROADS', ?6, ?7, 'RU', 'RU', ?8, ?9, ?2, ?10, ?10, ?11, cast(?12 as timestamp with time zone),"
                        + " ?13, ?14, cast(?15 as integer), cast(?16 as boolean), cast(?17 as bigint), ?18,"
                        + " cast(?19 as timestamp with time zone), cast(?20 as timestamp with time zone), ?21, ?22)")
                .setParameter(1, id).setParameter(2, submitted)
                .setParameter(3, "ZT-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase())
                .setParameter(4, a.districtId()).setParameter(5, a.author()).setParameter(6, a.subject())
                .setParameter(7, a.body()).setParameter(8, a.isPublic()).setParameter(9, a.status())
                .setParameter(10, Date.valueOf(a.receivedOn())).setParameter(11, Date.valueOf(a.dueOn()))
                .setParameter(12, answered).setParameter(13, answered == null ? null : "akim.test")
                .setParameter(14, a.answer()).setParameter(15, a.workingDays()).setParameter(16, a.onTime())
                .setParameter(17, a.projectId()).setParameter(18, a.rating())
                .setParameter(19, a.rating() == null ? null : answered)
                .setParameter(20, a.hidden() ? answered == null ? submitted : answered : null)
                .setParameter(21, a.hidden() ? "akim.test" : null)
                .setParameter(22, a.hidden() ? "Оскорбления" : null)
                .executeUpdate();
        return id;
    }

    /** A closed poll of the district with one option; returns the option's id, for votes. */
    public long poll(long districtId) {
        long poll = nextId();
        long option = nextId();
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("insert into poll (id, version, created_at, modified_at, district_id, question, opens_on,"
                        + " closes_on, status, created_by) values (?1, 0, ?2, ?2, ?3, 'Что важнее всего?', ?4, ?5,"
                        + " 'CLOSED', 'akim.test')")
                .setParameter(1, poll).setParameter(2, now).setParameter(3, districtId)
                .setParameter(4, Date.valueOf(LocalDate.of(2026, 1, 1)))
                .setParameter(5, Date.valueOf(LocalDate.of(2026, 4, 1))).executeUpdate();
        em.createNativeQuery("insert into poll_option (id, version, created_at, modified_at, poll_id, position, label)"
                        + " values (?1, 0, ?2, ?2, ?3, 0, 'Бассейн')")
                .setParameter(1, option).setParameter(2, now).setParameter(3, poll).executeUpdate();
        return option;
    }

    public void vote(long option, String voter, Instant at) {
        em.createNativeQuery("insert into poll_vote (id, version, created_at, modified_at, poll_id, option_id,"
                        + " voter_username, voted_at) select ?1, 0, ?2, ?2, o.poll_id, o.id, ?3, ?2"
                        + " from poll_option o where o.id = ?4")
                .setParameter(1, nextId()).setParameter(2, Timestamp.from(at)).setParameter(3, voter)
                .setParameter(4, option).executeUpdate();
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("select nextval('portal_seq')").getSingleResult()).longValue();
    }
}
