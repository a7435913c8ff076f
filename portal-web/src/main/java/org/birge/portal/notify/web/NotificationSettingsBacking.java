package org.birge.portal.notify.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.notify.domain.EmailMode;
import org.birge.portal.notify.domain.NoticeTexts;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.notify.service.PreferenceRow;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;

/** The signed-in person's choice of e-mail for each kind of notification: at once, a daily digest, or none. */
@Named
@ViewScoped
public class NotificationSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    /** One editable line per kind; the version is the one the page was loaded at. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final long version;
        private EmailMode mode;

        Choice(PreferenceRow row) {
            this.kind = row.kind();
            this.version = row.version();
            this.mode = row.mode();
        }

        public String getKind() {
            return kind;
        }

        public EmailMode getMode() {
            return mode;
        }

        public void setMode(EmailMode mode) {
            this.mode = mode;
        }
    }

    private List<Choice> choices;

    @PostConstruct
    void load() {
        choices = new ArrayList<>(notifications.preferences().stream().map(Choice::new).toList());
    }

    public String label(String kind) {
        return NoticeTexts.kind(FacesContext.getCurrentInstance().getViewRoot().getLocale(), kind);
    }

    public EmailMode[] getModes() {
        return EmailMode.values();
    }

    public String save() {
        try {
            notifications.savePreferences(choices.stream()
                    .map(c -> new PreferenceRow(c.kind, c.mode, c.version)).toList());
        } catch (PortalException e) {
            Messages.error(e);
            return null;
        }
        Messages.flashInfo("notification.settings.saved");
        return "/notifications-settings?faces-redirect=true";
    }

    public List<Choice> getChoices() {
        return choices;
    }
}
