package org.birge.portal.project.web;

import java.io.Serializable;
import java.time.LocalDate;

/** Money spent, as the mayor types it on the project page. */
public class SpendForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long lineId;
    private Long amount;
    private LocalDate spentOn;
    private String document;

    void clear() {
        lineId = null;
        amount = null;
        spentOn = null;
        document = null;
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
