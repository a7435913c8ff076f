package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;

/** What the programme figures are narrowed to: a region, a course, and the sessions that ended in a date range. */
public class FigureFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long regionId;
    private Long courseId;
    private LocalDate from;
    private LocalDate to;

    public FigureFilter() {
    }

    public FigureFilter(Long regionId, Long courseId, LocalDate from, LocalDate to) {
        this.regionId = regionId;
        this.courseId = courseId;
        this.from = from;
        this.to = to;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
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
