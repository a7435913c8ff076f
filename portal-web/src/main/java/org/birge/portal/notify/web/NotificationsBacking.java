package org.birge.portal.notify.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.birge.portal.notify.domain.NoticeTexts;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;

/** The signed-in person's notifications, newest first, each in their language and linking to its subject. */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    private PageModel<NotificationRow> rows;

    @PostConstruct
    void load() {
        rows = new PageModel<>(page -> notifications.mine(page), row -> Long.toString(row.id()));
    }

    /** The notification's text in the reader's language, from the texts the e-mails use too. */
    public String text(NotificationRow row) {
        return NoticeTexts.notification(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                row.messageKey(), row.arguments());
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        Messages.info("notification.allMarked", marked);
        rows.refresh();
    }

    public String open(NotificationRow row) {
        markRead(row);
        // Links are paths the portal wrote itself; never an address from outside.
        return row.link() != null && row.link().startsWith("/") && !row.link().startsWith("//")
                ? row.link().replace(".xhtml?", "?faces-redirect=true&").replace(".xhtml", "") : null;
    }

    public void markRead(NotificationRow row) {
        try {
            notifications.markRead(row.id());
        } catch (PortalException e) {
            Messages.error(e);
        }
        rows.refresh();
    }

    public PageModel<NotificationRow> getNotifications() {
        return rows;
    }
}
