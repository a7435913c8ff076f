package org.birge.portal.notify.domain;

import java.util.List;

/**
 * The kinds of notification the services write, in the order the preferences page lists them. A kind
 * missing here is still shown and mailed (at once); the list is what a person can choose for.
 */
public final class NotificationKinds {

    public static final List<String> ALL = List.of(
            "task.assigned", "task.dueTomorrow", "task.overdue",
            "project.commented", "proposal.returned", "grant.decided", "project.closed",
            "report.accepted", "report.returned",
            "appeal.received", "appeal.answered", "appeal.extended", "appeal.redirected", "appeal.rated",
            "appeal.complaint", "appeal.complaintAnswered", "appeal.overdue",
            "feedback.thread", "feedback.announcement", "poll.opened",
            "training.requested", "training.nominated", "training.promoted", "training.confirmed",
            "training.waitlisted", "training.withdrawn", "training.cancelled", "training.reminder",
            "training.certificate", "training.certificate.revoked");

    private NotificationKinds() {
    }
}
