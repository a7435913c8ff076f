package org.birge.portal.training.service;

import java.io.Serializable;
import java.util.List;

/** How many of the mayors the coverage lists are in each state, per core course. */
public record CoverageTotals(long mayors, List<CourseTotal> courses) implements Serializable {

    public CoverageTotals {
        courses = List.copyOf(courses);
    }

    /** One core course: completed, in progress, attended without completing, and not started. */
    public record CourseTotal(long courseId, String code, String title, long completed, long inProgress,
                              long notCompleted, long notStarted) implements Serializable {

        /** Completed, in whole percent of the mayors listed. */
        public int completedPercent() {
            long all = completed + inProgress + notCompleted + notStarted;
            return all == 0 ? 0 : (int) (completed * 100 / all);
        }
    }
}
