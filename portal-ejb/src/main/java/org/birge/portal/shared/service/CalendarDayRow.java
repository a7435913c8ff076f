package org.birge.portal.shared.service;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.birge.portal.shared.domain.CalendarDayKind;
import org.birge.portal.shared.domain.Language;

/** A day of the working-day calendar as lists and forms show it. */
public record CalendarDayRow(long id, long version, LocalDate day, CalendarDayKind kind, String nameKk,
                             String nameRu, String nameEn) implements Serializable {

    public String name(Language language) {
        return switch (language) {
            case KK -> nameKk;
            case RU -> nameRu;
            case EN -> nameEn;
        };
    }

    public DayOfWeek weekday() {
        return day.getDayOfWeek();
    }

    public boolean dayOff() {
        return kind == CalendarDayKind.DAY_OFF;
    }
}
