package org.birge.portal.notify.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.birge.portal.notify.domain.NoticeTexts;
import java.util.Map;
import org.birge.portal.notify.domain.DeliveryState;
import org.birge.portal.notify.service.DeliveryRow;
import org.birge.portal.notify.service.MailOutbox;
import org.birge.portal.notify.service.OutboxSender;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;

/** The admin's view of the e-mail outbox: figures per state, the mails (paged), requeue, pause, run now. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailOutbox outbox;

    @EJB
    private OutboxSender sender;

    private DeliveryState state;
    private PageModel<DeliveryRow> rows;
    private Map<DeliveryState, Long> status;
    private boolean paused;

    @PostConstruct
    void load() {
        rows = new PageModel<>(page -> outbox.deliveries(state, page), row -> Long.toString(row.id()));
        refreshFigures();
    }

    private void refreshFigures() {
        status = outbox.deliveryStatus();
        paused = outbox.paused();
    }

    public void filter() {
        rows.refresh();
    }

    public void requeue(DeliveryRow row) {
        try {
            outbox.requeue(row.id(), row.version());
            Messages.info("admin.outbox.requeued", row.recipient());
        } catch (PortalException e) {
            Messages.error(e);
        }
        rows.refresh();
        refreshFigures();
    }

    public void runNow() {
        Messages.info("admin.outbox.ran", sender.runNow());
        rows.refresh();
        refreshFigures();
    }

    public void togglePause() {
        outbox.pauseSending(!paused);
        refreshFigures();
        Messages.info(paused ? "admin.outbox.pausedNow" : "admin.outbox.resumedNow");
    }

    /** The mail's kind in the admin's language ("Daily digest" for a digest). */
    public String kind(DeliveryRow row) {
        return NoticeTexts.kind(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                row.digest() ? "digest" : row.kind());
    }

    public DeliveryState[] getStates() {
        return DeliveryState.values();
    }

    public Map<DeliveryState, Long> getStatus() {
        return status;
    }

    public boolean isPaused() {
        return paused;
    }

    public DeliveryState getState() {
        return state;
    }

    public void setState(DeliveryState state) {
        this.state = state;
    }

    public PageModel<DeliveryRow> getDeliveries() {
        return rows;
    }
}
