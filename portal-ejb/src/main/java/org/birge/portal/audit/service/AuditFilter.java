package org.birge.portal.audit.service;

import java.io.Serializable;
import java.time.LocalDate;

/** What the audit trail is narrowed to: who, which action (its beginning), which record, which days. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String actor;
    private String action;
    private String subjectType;
    private Long subjectId;
    private LocalDate from;
    private LocalDate to;

    public boolean isEmpty() {
        return blank(actor) && blank(action) && blank(subjectType) && subjectId == null && from == null && to == null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
