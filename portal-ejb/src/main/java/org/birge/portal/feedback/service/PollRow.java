package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;
import org.birge.portal.feedback.domain.Poll;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.shared.service.Names;

/**
 * A poll in a list: its state as of today (an open poll past its closing day shows as closed), its days,
 * its district, how many voted and whether the reader did.
 */
public record PollRow(long id, String question, PollStatus status, LocalDate opensOn, LocalDate closesOn,
                      Names district, long votes, boolean voted) implements Serializable {

    /** The row as the list query reads it, before the counts. */
    public PollRow(long id, String question, PollStatus status, LocalDate opensOn, LocalDate closesOn,
                   String districtKk, String districtRu, String districtEn) {
        this(id, question, status, opensOn, closesOn, new Names(districtKk, districtRu, districtEn), 0, false);
    }

    PollRow counted(long count, boolean mine, LocalDate today) {
        return new PollRow(id, question, Poll.effectiveStatus(status, closesOn, today), opensOn, closesOn, district,
                count, mine);
    }
}
