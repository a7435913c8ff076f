package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An amount in tenge from one source of funding. */
@Embeddable
public class Contribution {

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private FundingSource source;

    @Column(name = "amount", nullable = false)
    private long amount;

    protected Contribution() {
    }

    public Contribution(FundingSource source, long amount) {
        this.source = source;
        this.amount = amount;
    }

    public FundingSource getSource() {
        return source;
    }

    public long getAmount() {
        return amount;
    }
}
