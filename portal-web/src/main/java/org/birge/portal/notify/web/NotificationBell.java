package org.birge.portal.notify.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.inject.Named;
import org.birge.portal.notify.service.NotificationService;

/** The number of unread notifications in the menu: one counting query per page, only when shown. */
@Named
@RequestScoped
public class NotificationBell {

    @EJB
    private NotificationService notifications;

    private Long unread;

    private static boolean isErrorPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getExternalContext().getRequestMap()
                .containsKey(RequestDispatcher.ERROR_STATUS_CODE);
    }

    public long getUnread() {
        if (unread == null && isErrorPage()) {
            // An error page is rendered outside the caller's security context: no count rather than a failed call.
            unread = 0L;
        }
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
