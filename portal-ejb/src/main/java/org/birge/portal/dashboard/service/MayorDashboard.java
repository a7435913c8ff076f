package org.birge.portal.dashboard.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.birge.portal.feedback.service.TrustFigures;
import org.birge.portal.shared.service.Names;

/**
 * A mayor's week in figures, all of their own district: their open tasks (overdue, due within seven days)
 * and the nearest deadlines, the appeals waiting for an answer (overdue, due within seven days), the
 * district's projects by state, the budget and spending of those being carried out with each one's
 * milestones, their next training session and the district's trust figures.
 */
public record MayorDashboard(long districtId, String districtCode, Names districtName, LocalDate today,
                             LocalDate weekEnd, long openTasks, long overdueTasks, long tasksDueThisWeek,
                             List<Deadline> deadlines, long openAppeals, long overdueAppeals,
                             long appealsDueThisWeek, List<Count> projectsByState, long budget, long spent,
                             List<ProjectProgress> progress, NextSession nextSession, TrustFigures trust)
        implements Serializable {

    public MayorDashboard {
        deadlines = List.copyOf(deadlines);
        projectsByState = List.copyOf(projectsByState);
        progress = List.copyOf(progress);
    }

    /** The share of the budget spent, in percent; null without a budget. */
    public Double spentShare() {
        return budget == 0 ? null : spent * 100.0 / budget;
    }

    public long projects() {
        return projectsByState.stream().mapToLong(Count::count).sum();
    }

    /** An open task of the mayor: the project, the step and the due date. */
    public record Deadline(long taskId, long projectId, String projectTitle, String stepCode, LocalDate dueOn,
                           boolean overdue) implements Serializable {
    }

    /** A project being carried out: its budget, what was spent, and its milestones reached of all. */
    public record ProjectProgress(long id, String title, String status, long budget, long spent, long milestones,
                                  long reached) implements Serializable {

        public Double spentShare() {
            return budget == 0 ? null : spent * 100.0 / budget;
        }
    }

    /** The mayor's next training session that has not ended, and their place in it. */
    public record NextSession(long sessionId, String courseTitle, LocalDate firstDay, LocalDate lastDay,
                              LocalTime startsAt, String venue, String enrolment) implements Serializable {
    }
}
