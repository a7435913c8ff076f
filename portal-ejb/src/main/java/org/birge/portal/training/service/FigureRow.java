package org.birge.portal.training.service;

import java.io.Serializable;
import org.birge.portal.shared.service.Names;

/**
 * The programme's figures for one course in one region (the trainees' region), or for everything the
 * filter selects when {@code courseCode} is null: completed sessions, trainees who stayed to the end,
 * those who completed, the average knowledge gain (post-test minus pre-test, over those who took both)
 * and the average evaluation ratings (1 to 5, over the evaluations given). Averages are null without data.
 */
public record FigureRow(Long courseId, String courseCode, String courseTitle, Long regionId, Names region,
                        long sessions, long trainees, long completed, Double knowledgeGain, long tested,
                        Double usefulness, Double trainerRating, Double organisation, long evaluations)
        implements Serializable {

    /** Completed, in percent of the trainees; null without trainees. */
    public Double completionRate() {
        return trainees == 0 ? null : completed * 100.0 / trainees;
    }

    /** A key for the table. */
    public String key() {
        return courseId + "/" + regionId;
    }
}
