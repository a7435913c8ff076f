package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * One month of a place's trend: appeals received in the month (by their date of receipt); the appeals
 * answered in the month, how many of them on time and the median working days they took; the answers rated
 * in the month (by the answer's month) and how many satisfactorily; the residents who wrote an appeal or
 * voted in a poll of the place in the month.
 */
public record TrustMonth(YearMonth month, long received, long answered, long onTime, Double medianDays, long rated,
                         long satisfied, long participants) implements Serializable {

    public Double onTimeShare() {
        return answered == 0 ? null : onTime * 100.0 / answered;
    }

    public Double satisfiedShare() {
        return rated == 0 ? null : satisfied * 100.0 / rated;
    }
}
