package org.birge.portal.dashboard.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A trainer's sessions to come, with their enrolments (confirmed, requested, on the waiting list) against the
 * seats, the totals of all of them, and the evaluations of their sessions by course and overall.
 */
public record TrainerDashboard(List<SessionRow> upcoming, long upcomingSessions, long seats, long confirmed,
                               long requested, long waitlisted, List<Scores> byCourse, Scores overall)
        implements Serializable {

    public TrainerDashboard {
        upcoming = List.copyOf(upcoming);
        byCourse = List.copyOf(byCourse);
    }

    /** A session to come. */
    public record SessionRow(long id, String courseTitle, LocalDate firstDay, LocalDate lastDay, String status,
                             long capacity, long confirmed, long requested, long waitlisted) implements Serializable {

        /** Seats nobody holds: a confirmed place and a request to confirm each hold one. */
        public long freeSeats() {
            return Math.max(0, capacity - confirmed - requested);
        }
    }

    /** Evaluations (count) and their average ratings, 1 to 5 (null without evaluations). */
    public record Scores(long courseId, String courseTitle, long evaluations, Double usefulness, Double trainerRating,
                         Double organisation) implements Serializable {
    }
}
