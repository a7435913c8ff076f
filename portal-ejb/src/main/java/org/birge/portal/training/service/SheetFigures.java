package org.birge.portal.training.service;

import java.io.Serializable;

/**
 * The figures of a session's sheet: how many hold a seat, the average scores and knowledge gain (null when
 * nobody took the test), the share of trainee-days present, and how many would complete by the rule.
 */
public record SheetFigures(long trainees, Double averagePre, Double averagePost, Double averageGain,
                           long scoredBoth, Double attendanceRate, long wouldComplete) implements Serializable {
}
