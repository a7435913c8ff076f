package org.birge.portal.shared.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.CalendarDay;
import org.birge.portal.shared.domain.CalendarDayKind;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.domain.WorkingCalendar;

/**
 * The working-day calendar of Kazakhstan: the deadlines every feature counts in working days, and the
 * administration of the days that differ from "Saturday and Sunday off" (public holidays, days off in lieu,
 * the government's transfers). Reading the calendar is open to every caller, timers included, since public
 * holidays are public; every change is the admin's, checked against the version the admin saw, and audited.
 */
@Stateless
public class CalendarService {

    private static final String SUBJECT = "calendar_day";
    private static final String ROW = "select new org.birge.portal.shared.service.CalendarDayRow(c.id, c.version,"
            + " c.day, c.kind, c.name.kk, c.name.ru, c.name.en) from CalendarDay c";
    /** The date as the portal shows it, for messages that name a day. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Sort fields a list may ask for, and the columns they mean; anything else sorts by date. */
    private static final Map<String, String> SORT = Map.of(
            "day", "c.day", "kind", "c.kind", "name.kk", "c.name.kk", "name.ru", "c.name.ru", "name.en", "c.name.en");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditService audit;

    /** The calendar as it stands for the days from {@code from} to {@code to}, both included, in one query. */
    @PermitAll
    public WorkingCalendar calendar(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts: " + from + " to " + to);
        }
        List<LocalDate> daysOff = new ArrayList<>();
        List<LocalDate> workingDays = new ArrayList<>();
        for (CalendarDay day : em.createNamedQuery("CalendarDay.between", CalendarDay.class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            (day.isDayOff() ? daysOff : workingDays).add(day.getDay());
        }
        return new WorkingCalendar(daysOff, workingDays);
    }

    /**
     * The day {@code workingDays} working days after {@code start} (not counted itself), such as the last day
     * to answer an appeal received on {@code start}. The calendar is loaded for twice as many calendar days
     * plus 60, which covers any run of holidays in Kazakhstan.
     *
     * @throws IllegalArgumentException when {@code workingDays} is negative or longer than the calendar counts
     */
    @PermitAll
    public LocalDate dueDate(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0 || workingDays > WorkingCalendar.MAX_STEPS) {
            throw new IllegalArgumentException("workingDays out of range: " + workingDays);
        }
        return calendar(start, start.plusDays(2L * workingDays + 60)).plusWorkingDays(start, workingDays);
    }

    /** The days of the calendar by date, of one year when one is given. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<CalendarDayRow> days(PageRequest page, Integer year) {
        if (year != null && (year < 1 || year > 9999)) {
            return new Page<>(List.of(), 0);
        }
        String where = year == null ? "" : " where c.day between :from and :to";
        TypedQuery<CalendarDayRow> rows = em.createQuery(ROW + where + page.orderBy(SORT, "c.day", "c.id"),
                CalendarDayRow.class);
        TypedQuery<Long> count = year == null
                ? em.createNamedQuery("CalendarDay.count", Long.class)
                : em.createQuery("select count(c) from CalendarDay c" + where, Long.class);
        if (year != null) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            rows.setParameter("from", from).setParameter("to", to);
            count.setParameter("from", from).setParameter("to", to);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Adds a day off or a worked weekend day; one date has at most one entry. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CalendarDayRow create(LocalDate day, CalendarDayKind kind, LocalizedName name) {
        if (day != null && !em.createQuery("select c.id from CalendarDay c where c.day = :day", Long.class)
                .setParameter("day", day).getResultList().isEmpty()) {
            throw new DuplicateException("calendar.day.taken", SHOWN.format(day));
        }
        CalendarDay created = new CalendarDay(day, kind, name);
        em.persist(created);
        flushNew(day);
        audit.record("calendar.day.created", SUBJECT, created.getId(), null, describe(created), null);
        return toRow(created);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CalendarDayRow change(long id, long seenVersion, CalendarDayKind kind, LocalizedName name) {
        CalendarDay day = locked(id, seenVersion);
        String before = describe(day);
        day.change(kind, name);
        flush(id);
        audit.record("calendar.day.changed", SUBJECT, id, before, describe(day), null);
        return toRow(day);
    }

    /** Takes a day out of the calendar: it counts as an ordinary weekday or weekend day again. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void remove(long id, long seenVersion) {
        CalendarDay day = locked(id, seenVersion);
        String before = describe(day);
        em.remove(day);
        flush(id);
        audit.record("calendar.day.removed", SUBJECT, id, before, null, null);
    }

    private CalendarDay locked(long id, long seenVersion) {
        return Versions.atVersion(em, audit::lastActorOf, CalendarDay.class, id, seenVersion, SUBJECT);
    }

    private void flush(long id) {
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
    }

    /**
     * Writes a new day now. Two admins adding the same date at the same moment both pass the check for a
     * taken date; the database's unique key then refuses the second, who is told so like anyone else.
     */
    private void flushNew(LocalDate day) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new DuplicateException("calendar.day.taken", SHOWN.format(day));
            }
            throw e;
        }
    }

    private static CalendarDayRow toRow(CalendarDay day) {
        LocalizedName name = day.getName();
        return new CalendarDayRow(day.getId(), day.getVersion(), day.getDay(), day.getKind(), name.getKk(),
                name.getRu(), name.getEn());
    }

    private static String describe(CalendarDay day) {
        return "day=" + day.getDay() + ", kind=" + day.getKind() + ", name=" + day.getName();
    }
}
