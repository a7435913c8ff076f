package org.birge.portal.feedback.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalClock;

/**
 * The trust figures in SQL that H2 (PostgreSQL mode) and PostgreSQL share, read from the appeals and polls
 * tables with native queries: a place's figures grouped by district or region or in one total, and a
 * place's months. Each answer costs a fixed number of statements whatever the number of places or months.
 *
 * <p>Months are those of Kazakhstan: an answer or vote belongs to the month of its time in Asia/Almaty, an
 * appeal's receipt to the month of its date of receipt. The median working days are counted by value in
 * the database and taken here ({@link #median}): the middle value of an odd count, the mean of the two middle
 * values of an even one.
 */
final class TrustQueries {

    /** The most months a trend shows. */
    static final int MAX_MONTHS = 36;

    /** The open states as SQL literals, from the enum that says which states are open. */
    private static final String OPEN = AppealStatus.open().stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", "));
    private static final String ALMATY = " at time zone 'Asia/Almaty'";

    /** received, answered, open, overdue, on time, (median: from the histogram), rated, satisfied (alias a; ?9 = today). */
    private static final String FIGURES = " count(*), count(a.answered_at),"
            + " sum(case when a.status in (" + OPEN + ") then 1 else 0 end),"
            + " sum(case when a.status in (" + OPEN + ") and a.due_on < ?9 then 1 else 0 end),"
            + " sum(case when a.answered_at is not null and a.answered_on_time = true then 1 else 0 end),"
            + " 0,"
            + " sum(case when a.answered_at is not null and a.rating is not null then 1 else 0 end),"
            + " sum(case when a.answered_at is not null and a.rating = 'SATISFIED' then 1 else 0 end)";
    /** Answers by working days, for the median (alias a). */
    private static final String DAYS = " a.answer_working_days, count(*)";
    private static final String ANSWERED = " a.answered_at is not null and a.answer_working_days is not null";

    /** How figures are grouped: per district, per region, or all in one (key 0). */
    enum Grouping {
        DISTRICT("d.id"), REGION("d.region_id"), TOTAL("0");

        final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    /** Which districts' appeals count, as a condition on the district alias {@code d} (parameter ?1). */
    record Place(String condition, Long id) {

        static Place district(long id) {
            return new Place("d.id = ?1", id);
        }

        static Place region(long id) {
            return new Place("d.region_id = ?1", id);
        }

        static Place programme() {
            return new Place("1 = 1", null);
        }

        /** The districts given (ids read from the database, written into the statement as numbers). */
        static Place districts(List<Long> ids) {
            return new Place(ids.isEmpty() ? "1 = 0" : "d.id in (" + ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")", null);
        }

        Query bind(Query query) {
            return id == null ? query : query.setParameter(1, id);
        }
    }

    private TrustQueries() {
    }

    /** The figures of the place's appeals and participants, by the grouping's key; two statements. */
    static Map<Long, TrustFigures> figures(EntityManager em, Grouping grouping, Place place) {
        String group = grouping == Grouping.TOTAL ? "" : " group by " + grouping.key;
        Query q = place.bind(em.createNativeQuery("select " + grouping.key + "," + FIGURES
                + " from appeal a join district d on d.id = a.district_id where " + place.condition() + group))
                .setParameter(9, Date.valueOf(PortalClock.today()));
        Query h = place.bind(em.createNativeQuery("select " + grouping.key + "," + DAYS
                + " from appeal a join district d on d.id = a.district_id where " + place.condition() + " and"
                + ANSWERED + " group by " + (grouping == Grouping.TOTAL ? "" : grouping.key + ", ")
                + "a.answer_working_days"));
        Map<Long, Map<Integer, Long>> histograms = new HashMap<>();
        for (Object[] r : rows(h)) {
            histograms.computeIfAbsent(number(r[0]), k -> new TreeMap<>()).put((int) number(r[1]), number(r[2]));
        }
        Map<Long, TrustFigures> figures = new HashMap<>();
        for (Object[] r : rows(q)) {
            long key = number(r[0]);
            figures.put(key, new TrustFigures(number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                    number(r[5]), median(histograms.get(key)), number(r[7]), number(r[8]), 0));
        }
        String people = "select g." + (grouping == Grouping.REGION ? "region_id" : grouping == Grouping.DISTRICT
                ? "id" : "id * 0") + " as k, x.u as u from (" + authorsAndVoters(place) + ") x"
                + " join district g on g.id = x.did";
        Query p = place.bind(em.createNativeQuery("select y.k, count(distinct y.u) from (" + people + ") y"
                + " group by y.k"));
        for (Object[] r : rows(p)) {
            long key = number(r[0]);
            figures.put(key, figures.getOrDefault(key, TrustFigures.NONE).withParticipants(number(r[1])));
        }
        return figures;
    }

    /** The residents of a place as rows (did: their district, u: username): its appeals' authors and voters. */
    private static String authorsAndVoters(Place place) {
        return "select a.district_id as did, a.author_username as u"
                + " from appeal a join district d on d.id = a.district_id where " + place.condition()
                + " union all select pl.district_id, v.voter_username"
                + " from poll_vote v join poll pl on pl.id = v.poll_id join district d on d.id = pl.district_id"
                + " where " + place.condition();
    }

    /** The place's months from {@code from} to {@code to}, every month present (empty ones with zeros). */
    static List<TrustMonth> months(EntityManager em, Place place, YearMonth from, YearMonth to) {
        if (from == null || to == null || from.isAfter(to) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new DomainException("trust.months", MAX_MONTHS);
        }
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(PortalClock.KAZAKHSTAN).toInstant());
        Timestamp end = Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(PortalClock.KAZAKHSTAN).toInstant());
        Date firstDay = Date.valueOf(from.atDay(1));
        Date dayAfter = Date.valueOf(to.plusMonths(1).atDay(1));

        String answeredYear = "extract(year from a.answered_at" + ALMATY + ")";
        String answeredMonth = "extract(month from a.answered_at" + ALMATY + ")";
        Query answers = place.bind(em.createNativeQuery("select " + answeredYear + ", " + answeredMonth + ","
                + " count(*), sum(case when a.answered_on_time = true then 1 else 0 end), 0,"
                + " sum(case when a.rating is not null then 1 else 0 end),"
                + " sum(case when a.rating = 'SATISFIED' then 1 else 0 end)"
                + " from appeal a join district d on d.id = a.district_id where " + place.condition()
                + " and a.answered_at >= ?2 and a.answered_at < ?3"
                + " group by " + answeredYear + ", " + answeredMonth))
                .setParameter(2, start).setParameter(3, end);
        Query received = place.bind(em.createNativeQuery("select extract(year from a.received_on),"
                + " extract(month from a.received_on), count(*)"
                + " from appeal a join district d on d.id = a.district_id where " + place.condition()
                + " and a.received_on >= ?4 and a.received_on < ?5"
                + " group by extract(year from a.received_on), extract(month from a.received_on)"))
                .setParameter(4, firstDay).setParameter(5, dayAfter);
        Query people = place.bind(em.createNativeQuery("select x.y, x.m, count(distinct x.u) from ("
                + "select extract(year from a.received_on) as y, extract(month from a.received_on) as m,"
                + " a.author_username as u from appeal a join district d on d.id = a.district_id"
                + " where " + place.condition() + " and a.received_on >= ?4 and a.received_on < ?5"
                + " union all select extract(year from v.voted_at" + ALMATY + "), extract(month from v.voted_at"
                + ALMATY + "), v.voter_username from poll_vote v join poll pl on pl.id = v.poll_id"
                + " join district d on d.id = pl.district_id where " + place.condition()
                + " and v.voted_at >= ?2 and v.voted_at < ?3) x group by x.y, x.m"))
                .setParameter(2, start).setParameter(3, end).setParameter(4, firstDay).setParameter(5, dayAfter);

        Query days = place.bind(em.createNativeQuery("select " + answeredYear + ", " + answeredMonth + "," + DAYS
                + " from appeal a join district d on d.id = a.district_id where " + place.condition()
                + " and a.answered_at >= ?2 and a.answered_at < ?3 and" + ANSWERED
                + " group by " + answeredYear + ", " + answeredMonth + ", a.answer_working_days"))
                .setParameter(2, start).setParameter(3, end);
        Map<YearMonth, Map<Integer, Long>> histograms = new HashMap<>();
        for (Object[] r : rows(days)) {
            histograms.computeIfAbsent(YearMonth.of((int) number(r[0]), (int) number(r[1])), k -> new TreeMap<>())
                    .put((int) number(r[2]), number(r[3]));
        }
        Map<YearMonth, Object[]> answered = byMonth(rows(answers));
        Map<YearMonth, Object[]> receivedIn = byMonth(rows(received));
        Map<YearMonth, Object[]> taking = byMonth(rows(people));
        List<TrustMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Object[] a = answered.get(m);
            Object[] r = receivedIn.get(m);
            Object[] p = taking.get(m);
            months.add(new TrustMonth(m, r == null ? 0 : number(r[2]), a == null ? 0 : number(a[2]),
                    a == null ? 0 : number(a[3]), median(histograms.get(m)), a == null ? 0 : number(a[5]),
                    a == null ? 0 : number(a[6]), p == null ? 0 : number(p[2])));
        }
        return months;
    }

    /**
     * The median of values given as value -> how many times (ascending): the middle value of an odd count, the
     * mean of the two middle values of an even one (as percentile_cont(0.5)); null for none. Counting in the
     * database and taking the median here keeps a million answers a hash aggregate instead of a sort.
     */
    static Double median(Map<Integer, Long> histogram) {
        if (histogram == null || histogram.isEmpty()) {
            return null;
        }
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        long lower = (total - 1) / 2;
        long upper = total / 2;
        Integer low = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : new TreeMap<>(histogram).entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lower < next) {
                low = e.getKey();
            }
            if (upper < next) {
                return (low + e.getKey()) / 2.0;
            }
            seen = next;
        }
        throw new IllegalStateException("median");
    }

    private static Map<YearMonth, Object[]> byMonth(List<Object[]> rows) {
        Map<YearMonth, Object[]> months = new HashMap<>();
        for (Object[] r : rows) {
            months.put(YearMonth.of((int) number(r[0]), (int) number(r[1])), r);
        }
        return months;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static LocalDate date(Object value) {
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
}
