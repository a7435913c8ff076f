package org.birge.portal.notify.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
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
            try {
                unread = notifications.unreadCount();
            } catch (EJBException e) {
                // An error page rendered outside the caller's security context: no count rather than a second error.
                unread = 0L;
            }
        }
        return unread;
    }
}
