package org.birge.portal.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One exception to "Saturdays and Sundays off" in the working-day calendar: a public holiday or another day
 * off, or a weekend day the government made a working day. At most one row per date. Only a Saturday or a
 * Sunday can be made a working day; a weekday is one already.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.between",
        query = "select c from CalendarDay c where c.day between :from and :to order by c.day")
@NamedQuery(name = "CalendarDay.count", query = "select count(c) from CalendarDay c")
public class CalendarDay extends VersionedEntity {

    public static final int KIND_LENGTH = 20;

    @NotNull
    @Column(name = "day_date", nullable = false, unique = true, updatable = false)
    private LocalDate day;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = KIND_LENGTH)
    private CalendarDayKind kind;

    @Valid
    @NotNull
    @Embedded
    private LocalizedName name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, CalendarDayKind kind, LocalizedName name) {
        if (day == null) {
            throw new DomainException("calendar.day.required");
        }
        this.day = day;
        this.kind = requireKind(day, kind);
        this.name = LocalizedName.require(name);
    }

    /** Makes the day a day off or a working day under a new name; the date stays. */
    public void change(CalendarDayKind newKind, LocalizedName newName) {
        CalendarDayKind checkedKind = requireKind(day, newKind);
        this.name = LocalizedName.require(newName);
        this.kind = checkedKind;
    }

    private static CalendarDayKind requireKind(LocalDate day, CalendarDayKind kind) {
        if (kind == null) {
            throw new DomainException("calendar.kind.required");
        }
        if (kind == CalendarDayKind.WORKING_DAY && !isWeekend(day)) {
            throw new DomainException("calendar.workingDay.notWeekend");
        }
        return kind;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public LocalDate getDay() {
        return day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public boolean isDayOff() {
        return kind == CalendarDayKind.DAY_OFF;
    }

    public LocalizedName getName() {
        return name;
    }

    public String nameIn(Language language) {
        return name.in(language);
    }
}
