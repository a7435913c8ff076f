package org.birge.portal.feedback.service;

import java.io.Serializable;

/**
 * The trust figures of a place (a district, a region or the whole programme) over all its appeals:
 * appeals received, answered, still open and open past their due date; of the answered, how many were
 * answered on or before the due date in force and the median working days from receipt to answer; of the
 * rated answers, how many the resident rated satisfactory; and how many different residents took part
 * (wrote an appeal or voted in a poll of the place). Shares are null when there is nothing to divide.
 */
public record TrustFigures(long received, long answered, long open, long overdue, long onTime, Double medianDays,
                           long rated, long satisfied, long participants) implements Serializable {

    public static final TrustFigures NONE = new TrustFigures(0, 0, 0, 0, 0, null, 0, 0, 0);

    /** Answered on time, in percent of the answered appeals; null without answers. */
    public Double onTimeShare() {
        return answered == 0 ? null : onTime * 100.0 / answered;
    }

    /** Rated satisfactory, in percent of the rated answers; null without ratings. */
    public Double satisfiedShare() {
        return rated == 0 ? null : satisfied * 100.0 / rated;
    }

    TrustFigures withParticipants(long people) {
        return new TrustFigures(received, answered, open, overdue, onTime, medianDays, rated, satisfied, people);
    }
}
