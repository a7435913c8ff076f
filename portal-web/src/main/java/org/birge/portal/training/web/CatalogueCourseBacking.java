package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.CourseView;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;

/** A course of the catalogue: what it teaches, its materials, its rule, and its sessions ahead. */
@Named
@ViewScoped
public class CatalogueCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseService courses;

    @EJB
    private SessionService sessions;

    private CourseView course;
    private PageModel<SessionRow> upcoming;

    /** Loads the course before the page renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Long id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        course = Pages.load(() -> courses.course(id));
        if (course != null) {
            upcoming = new PageModel<>(page -> sessions.upcoming(id, page), row -> Long.toString(row.id()));
        }
    }

    public CourseView getCourse() {
        return course;
    }

    public PageModel<SessionRow> getUpcoming() {
        return upcoming;
    }
}
