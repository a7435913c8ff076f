package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The evidence that residents decided: when they met, how many took part, what they decided. */
@Embeddable
public class Consultation {

    public static final int DECISION_LENGTH = 2000;

    @Column(name = "consulted_on")
    private LocalDate heldOn;

    @Column(name = "consulted_people")
    private Integer participants;

    @Column(name = "consulted_decision", length = DECISION_LENGTH)
    private String decision;

    protected Consultation() {
    }

    public Consultation(LocalDate heldOn, Integer participants, String decision) {
        this.heldOn = heldOn;
        this.participants = participants;
        this.decision = decision;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getDecision() {
        return decision;
    }
}
