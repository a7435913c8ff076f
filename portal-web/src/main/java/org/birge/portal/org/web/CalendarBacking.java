package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.birge.portal.shared.domain.CalendarDayKind;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.CalendarDayRow;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Dates;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.primefaces.PrimeFaces;

/**
 * The administrators' working-day calendar: the public holidays, days off in lieu and the government's
 * transfers of one year, with adding, changing and removing a day.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    private CalendarService calendar;

    private List<Integer> years;
    private Integer year;
    private PageModel<CalendarDayRow> days;
    private CalendarDayRow removing;

    @Valid
    private CalendarDayForm form = new CalendarDayForm();

    @PostConstruct
    void load() {
        int current = LocalDate.now(Dates.KAZAKHSTAN).getYear();
        year = current;
        years = IntStream.rangeClosed(current - 2, current + 3).boxed().toList();
        days = new PageModel<>(page -> calendar.days(page, year), row -> Long.toString(row.id()));
    }

    public void filter() {
        days.refresh();
    }

    public void startNew() {
        form = new CalendarDayForm();
    }

    public void startEdit(CalendarDayRow row) {
        form = CalendarDayForm.of(row);
    }

    public void save() {
        try {
            CalendarDayRow saved = form.isNew()
                    ? calendar.create(form.getDay(), form.getKind(), form.name())
                    : calendar.change(form.getId(), form.getVersion(), form.getKind(), form.name());
            Messages.info("calendar.saved", date(saved.day()));
            if (year != null && year != saved.day().getYear()) {
                year = saved.day().getYear(); // show the year of the day just added
            }
            days.refresh();
            PrimeFaces.current().executeScript("PF('dayDialog').hide()");
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void startRemove(CalendarDayRow row) {
        removing = row;
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        try {
            calendar.remove(removing.id(), removing.version());
            Messages.info("calendar.removed", date(removing.day()));
        } catch (PortalException e) {
            Messages.error(e);
        }
        removing = null;
        days.refresh();
    }

    /** A date as the portal shows it. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String weekday(LocalDate day) {
        return Messages.text(switch (day.getDayOfWeek()) {
            case MONDAY -> "calendar.weekday.MONDAY";
            case TUESDAY -> "calendar.weekday.TUESDAY";
            case WEDNESDAY -> "calendar.weekday.WEDNESDAY";
            case THURSDAY -> "calendar.weekday.THURSDAY";
            case FRIDAY -> "calendar.weekday.FRIDAY";
            case SATURDAY -> "calendar.weekday.SATURDAY";
            case SUNDAY -> "calendar.weekday.SUNDAY";
        });
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public PageModel<CalendarDayRow> getDays() {
        return days;
    }

    public CalendarDayRow getRemoving() {
        return removing;
    }

    public CalendarDayForm getForm() {
        return form;
    }
}
