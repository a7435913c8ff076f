package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.TaskKind;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.PortalClock;

/**
 * An open task as "my tasks" and a project's page show it; {@code awaitingCourse} when its step cannot be
 * approved until the district's mayor completes the course the step requires.
 */
public record TaskRow(long id, long version, long projectId, String projectTitle, TaskKind kind, String stepCode,
                      Responsible responsible, LocalDate openedOn, LocalDate dueOn, int requiredApprovals,
                      String firstApprover, String districtKk, String districtRu, String districtEn,
                      boolean awaitingCourse)
        implements Serializable {

    /** A task as the queries read it, before anyone looked at the course its step may require. */
    public TaskRow(long id, long version, long projectId, String projectTitle, TaskKind kind, String stepCode,
                   Responsible responsible, LocalDate openedOn, LocalDate dueOn, int requiredApprovals,
                   String firstApprover, String districtKk, String districtRu, String districtEn) {
        this(id, version, projectId, projectTitle, kind, stepCode, responsible, openedOn, dueOn, requiredApprovals,
                firstApprover, districtKk, districtRu, districtEn, false);
    }

    /** The same task, marked as waiting for the mayor's course. */
    public TaskRow awaitingTheCourse() {
        return new TaskRow(id, version, projectId, projectTitle, kind, stepCode, responsible, openedOn, dueOn,
                requiredApprovals, firstApprover, districtKk, districtRu, districtEn, true);
    }

    public boolean isOverdue() {
        return dueOn.isBefore(PortalClock.today());
    }

    public boolean isDueSoon() {
        return !isOverdue() && !dueOn.isAfter(PortalClock.today().plusDays(2));
    }

    public String district(Language language) {
        return switch (language) {
            case KK -> districtKk;
            case RU -> districtRu;
            case EN -> districtEn;
        };
    }
}
