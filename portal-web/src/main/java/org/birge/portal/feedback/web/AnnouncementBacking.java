package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.feedback.service.AnnouncementReceiptRow;
import org.birge.portal.feedback.service.AnnouncementService;
import org.birge.portal.feedback.service.AnnouncementView;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;

/**
 * One announcement: a mayor of its audience reads it (their first reading is their receipt); its sender's
 * side sees who read it and when, and how many mayors of the audience have not.
 */
@Named
@ViewScoped
public class AnnouncementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnouncementService announcements;

    @Inject
    private ActiveUser activeUser;

    private AnnouncementView announcement;
    private Instant readAt;
    private PageModel<AnnouncementReceiptRow> receipts;

    public void load() {
        Long id = Pages.idParameter("id");
        if (id == null) {
            return;
        }
        announcement = Pages.load(() -> announcements.announcement(id));
        if (announcement == null) {
            return;
        }
        if (announcement.senderSide()) {
            receipts = new PageModel<>(page -> announcements.receipts(id, page), row -> Long.toString(row.id()));
        } else if (activeUser.getRole() == Role.MAYOR) {
            readAt = announcements.markRead(id);
        }
    }

    public AnnouncementView getAnnouncement() {
        return announcement;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public PageModel<AnnouncementReceiptRow> getReceipts() {
        return receipts;
    }
}
