package org.birge.portal.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.training.service.EnrolmentService;

/** The training calendar everyone in training sees: the sessions of the days shown, loaded as they are shown. */
@Named
@ViewScoped
public class TrainingCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    private SessionSchedule schedule;

    @PostConstruct
    void load() {
        schedule = new SessionSchedule(range -> enrolments.calendar(range.from(), range.to()),
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
    }

    public SessionSchedule getSchedule() {
        return schedule;
    }
}
