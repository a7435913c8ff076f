package org.birge.portal.notify.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.birge.portal.notify.service.NotificationService;

/** The number of unread notifications in the menu: one counting query per page, only when shown. */
@Named
@RequestScoped
public class NotificationBell {

    @EJB
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
