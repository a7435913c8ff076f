package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.service.CompletionSummary;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.CourseView;
import org.birge.portal.training.service.SessionPlan;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;
import org.birge.portal.training.service.SessionView;
import org.birge.portal.training.service.TrainerChoice;
import org.primefaces.PrimeFaces;

/**
 * A session's page for trainers: a new session of a course ({@code ?course=}) or one to revise
 * ({@code ?id=}), and the steps of its life: open for enrolment, start, complete, cancel with a reason.
 */
@Named
@ViewScoped
public class TrainerSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionService sessions;

    @EJB
    private CourseService courses;

    private Long id;
    private SessionView session;
    private CourseView course;
    private SessionPlan plan;
    private List<TrainerChoice> trainers;
    private String cancelReason;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (parameter == null || parameter.isBlank()) {
            Long courseId = Pages.idParameter("course");
            if (courseId == null) {
                return;
            }
            course = Pages.load(() -> courses.course(courseId));
            if (course != null) {
                plan = new SessionPlan();
                plan.setTrainers(List.of(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()));
                trainers = sessions.trainers();
            }
            return;
        }
        id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        session = Pages.load(() -> sessions.session(id));
        if (session != null) {
            plan = sessions.plan(id);
            trainers = sessions.trainers();
        }
    }

    public String save() {
        try {
            if (isCreating()) {
                SessionRow created = sessions.create(course.row().id(), plan);
                Messages.flashInfo("training.session.saved", created.courseTitle());
                return "/trainer/session?faces-redirect=true&id=" + created.id();
            }
            SessionRow saved = sessions.revise(id, session.row().version(), plan);
            Messages.info("training.session.saved", saved.courseTitle());
            session = sessions.session(id);
        } catch (ConcurrentChangeException e) {
            Messages.error(e);
            session = sessions.session(id);
            plan = sessions.plan(id);
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    public String openEnrolment() {
        return change(() -> sessions.openEnrolment(id, session.row().version()), "training.session.openedDone");
    }

    public String start() {
        return change(() -> sessions.start(id, session.row().version()), "training.session.startedDone");
    }

    public String complete() {
        try {
            CompletionSummary summary = sessions.complete(id, session.row().version());
            Messages.flashInfo("training.session.completedDone", summary.completed(), summary.notCompleted());
            return "/trainer/session?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            session = sessions.session(id);
            return null;
        }
    }

    public String cancel() {
        try {
            sessions.cancel(id, session.row().version(), cancelReason);
            Messages.flashInfo("training.session.cancelledDone");
            return "/trainer/session?faces-redirect=true&id=" + id;
        } catch (ConcurrentChangeException e) {
            Messages.error(e);
            PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
            session = sessions.session(id);
            return null;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    private String change(Supplier<SessionRow> action, String doneKey) {
        try {
            action.get();
            Messages.flashInfo(doneKey);
            return "/trainer/session?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            session = sessions.session(id);
            return null;
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    /** The course the page is about, for a new session and an existing one alike. */
    public long getCourseId() {
        return isCreating() ? course.row().id() : session.row().courseId();
    }

    public String getCourseTitle() {
        return isCreating() ? course.row().title() : session.row().courseTitle();
    }

    public boolean isEditable() {
        return isCreating() || is(SessionStatus.PLANNED) || is(SessionStatus.OPEN);
    }

    public boolean isOpenable() {
        return is(SessionStatus.PLANNED);
    }

    /** Whether the session may start now: planned or open, from its first day on. */
    public boolean isStartable() {
        return (is(SessionStatus.PLANNED) || is(SessionStatus.OPEN)) && !getToday().isBefore(session.row().firstDay());
    }

    /** Planned or open, but its first day is still ahead. */
    public boolean isStartsLater() {
        return (is(SessionStatus.PLANNED) || is(SessionStatus.OPEN)) && getToday().isBefore(session.row().firstDay());
    }

    /** Whether the session may be completed now: in progress, from its last day on. */
    public boolean isCompletable() {
        return is(SessionStatus.IN_PROGRESS) && !getToday().isBefore(session.row().lastDay());
    }

    public boolean isEndsLater() {
        return is(SessionStatus.IN_PROGRESS) && getToday().isBefore(session.row().lastDay());
    }

    public boolean isCancellable() {
        return session != null && session.row().status().isLive();
    }

    private boolean is(SessionStatus status) {
        return session != null && session.row().status() == status;
    }

    public LocalDate getToday() {
        return PortalClock.today();
    }

    public SessionView getSession() {
        return session;
    }

    public CourseView getCourse() {
        return course;
    }

    public SessionPlan getPlan() {
        return plan;
    }

    public List<TrainerChoice> getTrainers() {
        return trainers;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Long getId() {
        return id;
    }
}
