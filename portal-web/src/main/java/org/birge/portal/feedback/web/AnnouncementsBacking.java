package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.AnnouncementRow;
import org.birge.portal.feedback.service.AnnouncementService;
import org.birge.portal.feedback.service.DistrictChoice;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;

/**
 * Announcements: a mayor's received ones (unread first); a governor's or project manager's sent ones with
 * how many have read them, and the form that sends a new one.
 */
@Named
@ViewScoped
public class AnnouncementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnouncementService announcements;

    @Inject
    private ActiveUser activeUser;

    private PageModel<AnnouncementRow> rows;
    private List<DistrictChoice> regions = List.of();
    private String subject;
    private String body;
    private Long regionId;

    public void load() {
        if (isSender()) {
            rows = new PageModel<>(page -> announcements.sent(page), row -> Long.toString(row.id()));
            if (activeUser.getRole() == Role.PROJECT_MANAGER) {
                regions = announcements.regions();
            }
        } else {
            rows = new PageModel<>(page -> announcements.received(page), row -> Long.toString(row.id()));
        }
    }

    public String send() {
        try {
            long id = announcements.send(subject, body, regionId);
            Messages.flashInfo("feedback.announcement.sentMessage");
            return "/work/announcement?faces-redirect=true&id=" + id;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public boolean isSender() {
        Role role = activeUser.getRole();
        return role == Role.GOVERNOR || role == Role.PROJECT_MANAGER;
    }

    public boolean isProjectManager() {
        return activeUser.getRole() == Role.PROJECT_MANAGER;
    }

    public PageModel<AnnouncementRow> getRows() {
        return rows;
    }

    public List<DistrictChoice> getRegions() {
        return regions;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }
}
