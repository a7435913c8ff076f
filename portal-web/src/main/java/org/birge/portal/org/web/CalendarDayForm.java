package org.birge.portal.org.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.birge.portal.shared.domain.CalendarDayKind;
import org.birge.portal.shared.service.CalendarDayRow;

/**
 * A day of the working-day calendar as an administrator types it: the date (only when new), whether it is
 * off or worked, and its name in the three languages. Kept in the view, so a refused save loses nothing typed.
 */
public class CalendarDayForm extends LocalizedNameForm {

    private static final long serialVersionUID = 1L;

    @NotNull
    private LocalDate day;

    @NotNull
    private CalendarDayKind kind = CalendarDayKind.DAY_OFF;

    /** A form to edit what a row shows. */
    static CalendarDayForm of(CalendarDayRow row) {
        CalendarDayForm form = new CalendarDayForm();
        form.setId(row.id());
        form.setVersion(row.version());
        form.day = row.day();
        form.kind = row.kind();
        form.setNameKk(row.nameKk());
        form.setNameRu(row.nameRu());
        form.setNameEn(row.nameEn());
        return form;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }
}
