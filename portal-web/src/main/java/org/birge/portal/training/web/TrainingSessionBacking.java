package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.EnrolmentRow;
import org.birge.portal.training.service.EnrolmentService;
import org.birge.portal.training.service.MayorChoice;
import org.birge.portal.training.service.SessionOverview;

/**
 * A session's page: what, when and where, and how full; a mayor enrols or withdraws; a governor nominates
 * the mayors of their region and sees them on it; trainers and project managers see everyone on it.
 */
@Named
@ViewScoped
public class TrainingSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    @Inject
    private ActiveUser activeUser;

    private long id;
    private SessionOverview session;
    private PageModel<EnrolmentRow> people;
    private PageModel<MayorChoice> mayors;
    private String search;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Long requested = Pages.idParameter("id");
        if (requested == null) {
            return;
        }
        id = requested;
        session = Pages.load(() -> enrolments.session(id));
        if (session == null) {
            return;
        }
        if (isSeesPeople()) {
            people = new PageModel<>(page -> enrolments.roster(id, page), row -> Long.toString(row.id()));
        }
        if (isGovernor()) {
            mayors = new PageModel<>(page -> enrolments.mayorsToNominate(id, page, search), MayorChoice::username);
        }
    }

    public String enrol() {
        try {
            EnrolmentRow row = enrolments.enrol(id);
            if (row.isWaiting()) {
                Messages.flashInfo("enrol.done.waiting", row.position());
            } else {
                Messages.flashInfo("enrol.done.requested");
            }
            return "/training/session?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            session = enrolments.session(id);
            return null;
        }
    }

    public String withdraw() {
        try {
            enrolments.withdraw(session.mine().id(), session.mine().version());
            Messages.flashInfo("enrol.done.withdrawn");
            return "/training/session?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            session = enrolments.session(id);
            return null;
        }
    }

    /** The governor withdraws a mayor of their region. */
    public void withdraw(EnrolmentRow row) {
        try {
            enrolments.withdraw(row.id(), row.version());
            Messages.info("enrol.done.withdrawnPerson", row.name());
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void nominate(MayorChoice mayor) {
        try {
            EnrolmentRow row = enrolments.nominate(id, mayor.username());
            if (row.isWaiting()) {
                Messages.info("enrol.done.nominatedWaiting", row.name(), row.position());
            } else {
                Messages.info("enrol.done.nominated", row.name());
            }
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void searchMayors() {
        mayors.refresh();
    }

    private void refresh() {
        session = enrolments.session(id);
        if (people != null) {
            people.refresh();
        }
        if (mayors != null) {
            mayors.refresh();
        }
    }

    public boolean isMayor() {
        return activeUser.getRole() == Role.MAYOR;
    }

    public boolean isGovernor() {
        return activeUser.getRole() == Role.GOVERNOR;
    }

    /** Trainers, project managers and governors (their region's mayors) see who is on the session. */
    public boolean isSeesPeople() {
        Role role = activeUser.getRole();
        return role == Role.TRAINER || role == Role.PROJECT_MANAGER || role == Role.GOVERNOR;
    }

    public boolean isTrainer() {
        return activeUser.getRole() == Role.TRAINER;
    }

    public SessionOverview getSession() {
        return session;
    }

    public PageModel<EnrolmentRow> getPeople() {
        return people;
    }

    public PageModel<MayorChoice> getMayors() {
        return mayors;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
