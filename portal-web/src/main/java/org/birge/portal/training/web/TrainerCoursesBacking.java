package org.birge.portal.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.service.CourseRow;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;

/** The trainers' list of courses, and of all sessions, each searched and paged in the database. */
@Named
@ViewScoped
public class TrainerCoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseService courseService;

    @EJB
    private SessionService sessionService;

    private String search;
    private CourseStatus status;
    private PageModel<CourseRow> courses;

    private String sessionSearch;
    private SessionStatus sessionStatus;
    private LocalDate from;
    private LocalDate to;
    private PageModel<SessionRow> sessions;

    @PostConstruct
    void load() {
        courses = new PageModel<>(page -> courseService.courses(page, search, status), row -> Long.toString(row.id()));
        sessions = new PageModel<>(page -> sessionService.sessions(page, sessionSearch, sessionStatus, from, to),
                row -> Long.toString(row.id()));
    }

    public void filter() {
        courses.refresh();
    }

    public void filterSessions() {
        sessions.refresh();
    }

    public CourseStatus[] getStatuses() {
        return CourseStatus.values();
    }

    public SessionStatus[] getSessionStatuses() {
        return SessionStatus.values();
    }

    public PageModel<CourseRow> getCourses() {
        return courses;
    }

    public PageModel<SessionRow> getSessions() {
        return sessions;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }

    public String getSessionSearch() {
        return sessionSearch;
    }

    public void setSessionSearch(String sessionSearch) {
        this.sessionSearch = sessionSearch;
    }

    public SessionStatus getSessionStatus() {
        return sessionStatus;
    }

    public void setSessionStatus(SessionStatus sessionStatus) {
        this.sessionStatus = sessionStatus;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
