package org.birge.portal.training.web;

import org.birge.portal.training.service.RosterExport;
import org.birge.portal.shared.service.export.ExportFormat;
import org.birge.portal.shared.service.export.ExportLabels;
import org.birge.portal.shared.service.export.ExportSource;
import org.birge.portal.shared.web.ExportableList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.service.EnrolmentRow;
import org.birge.portal.training.service.EnrolmentService;
import org.birge.portal.training.service.SessionOverview;

/** A session's roster for its trainers: seat holders, the waiting list in order, confirming and withdrawing. */
@Named
@ViewScoped
public class RosterBacking implements Serializable, ExportableList {

    private static final long serialVersionUID = 1L;

    @EJB
    private EnrolmentService enrolments;

    private long sessionId;
    private SessionOverview session;
    private PageModel<EnrolmentRow> roster;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        Long requested = Pages.idParameter("session");
        if (requested == null) {
            return;
        }
        sessionId = requested;
        session = Pages.load(() -> enrolments.session(sessionId));
        if (session != null) {
            roster = new PageModel<>(page -> enrolments.roster(sessionId, page), row -> Long.toString(row.id()));
        }
    }

    public void confirm(EnrolmentRow row) {
        try {
            enrolments.confirm(row.id(), row.version());
            Messages.info("enrol.done.confirmed", row.name());
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void confirmAll() {
        try {
            int confirmed = enrolments.confirmAll(sessionId);
            Messages.info("enrol.done.confirmedAll", confirmed);
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void withdraw(EnrolmentRow row) {
        try {
            enrolments.withdraw(row.id(), row.version());
            Messages.info("enrol.done.withdrawnPerson", row.name());
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        refresh();
    }

    private void refresh() {
        session = enrolments.session(sessionId);
        roster.refresh();
    }

    /** Whether the reader trains this session and so acts on its roster. */
    public boolean isActing() {
        return session != null && session.trainsIt() && session.status().isLive();
    }

    public SessionOverview getSession() {
        return session;
    }

    public PageModel<EnrolmentRow> getRoster() {
        return roster;
    }

    @Override
    public ExportSource export(ExportFormat format, ExportLabels labels) {
        return new RosterExport(enrolments, sessionId, format, labels);
    }
}
