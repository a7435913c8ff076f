package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluations of a session or of all sessions of a course: how many of those who attended answered,
 * the average of each rating (null before the first answer) and how many gave each rating from 1 to 5.
 * Who gave which rating is never told.
 */
public record EvaluationFigures(long courseId, String courseCode, String courseTitle, Long sessionId,
                                LocalDate firstDay, LocalDate lastDay, long answers, long attended,
                                Double usefulness, Double trainerRating, Double organisation,
                                List<Long> usefulnessCounts, List<Long> trainerCounts, List<Long> organisationCounts)
        implements Serializable {

    public EvaluationFigures {
        usefulnessCounts = List.copyOf(usefulnessCounts);
        trainerCounts = List.copyOf(trainerCounts);
        organisationCounts = List.copyOf(organisationCounts);
    }

    /** Share of those who attended who answered, in whole percent. */
    public int responsePercent() {
        return attended == 0 ? 0 : (int) (answers * 100 / attended);
    }

    /** Share of the answers that gave {@code count} of them, for the distribution bars. */
    public int percentOfAnswers(long count) {
        return answers == 0 ? 0 : (int) Math.round(count * 100.0 / answers);
    }
}
