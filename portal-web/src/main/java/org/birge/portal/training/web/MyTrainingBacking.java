package org.birge.portal.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.training.service.EnrolmentService;
import org.birge.portal.training.service.MySessionRow;

/** A mayor's own training: upcoming and past sessions, certificates, and their calendar. */
@Named
@ViewScoped
public class MyTrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    private PageModel<MySessionRow> upcoming;
    private PageModel<MySessionRow> past;
    private SessionSchedule schedule;

    @PostConstruct
    void load() {
        upcoming = new PageModel<>(page -> enrolments.mySessions(page, true), row -> Long.toString(row.enrolmentId()));
        past = new PageModel<>(page -> enrolments.mySessions(page, false), row -> Long.toString(row.enrolmentId()));
        schedule = new SessionSchedule(range -> enrolments.myCalendar(range.from(), range.to()),
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
    }

    public PageModel<MySessionRow> getUpcoming() {
        return upcoming;
    }

    public PageModel<MySessionRow> getPast() {
        return past;
    }

    public SessionSchedule getSchedule() {
        return schedule;
    }
}
