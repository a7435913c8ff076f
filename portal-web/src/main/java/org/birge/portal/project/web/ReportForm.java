package org.birge.portal.project.web;

import java.io.Serializable;

/** A quarterly progress report, as the mayor types it. */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private int year;
    private int quarter;
    private String narrative;
    private String issues;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String issues) {
        this.issues = issues;
    }
}
