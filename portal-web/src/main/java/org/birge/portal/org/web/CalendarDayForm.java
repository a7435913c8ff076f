package org.birge.portal.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.shared.domain.CalendarDayKind;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.CalendarDayRow;

/**
 * A day of the working-day calendar as an administrator types it: the date (only when new), whether it is
 * off or worked, and its name in the three languages. Kept in the view, so a refused save loses nothing typed.
 */
public class CalendarDayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull
    private LocalDate day;

    @NotNull
    private CalendarDayKind kind = CalendarDayKind.DAY_OFF;

    @NotBlank(message = "{validation.name.kk.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameKk;

    @NotBlank(message = "{validation.name.ru.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameRu;

    @NotBlank(message = "{validation.name.en.required}")
    @Size(max = LocalizedName.MAX_LENGTH, message = "{validation.name.length}")
    private String nameEn;

    /** A form to edit what a row shows. */
    static CalendarDayForm of(CalendarDayRow row) {
        CalendarDayForm form = new CalendarDayForm();
        form.id = row.id();
        form.version = row.version();
        form.day = row.day();
        form.kind = row.kind();
        form.nameKk = row.nameKk();
        form.nameRu = row.nameRu();
        form.nameEn = row.nameEn();
        return form;
    }

    public LocalizedName name() {
        return new LocalizedName(nameKk, nameRu, nameEn);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
