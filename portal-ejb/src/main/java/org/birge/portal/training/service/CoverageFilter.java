package org.birge.portal.training.service;

import java.io.Serializable;

/**
 * What a governor narrows the coverage of their region's mayors to: one district, one core course (the
 * only column then), and only the mayors who have not started that course (or, with no course chosen, not
 * started any core course).
 */
public class CoverageFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long districtId;
    private Long courseId;
    private boolean notStarted;

    public CoverageFilter() {
    }

    public CoverageFilter(Long districtId, Long courseId, boolean notStarted) {
        this.districtId = districtId;
        this.courseId = courseId;
        this.notStarted = notStarted;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public boolean isNotStarted() {
        return notStarted;
    }

    public void setNotStarted(boolean notStarted) {
        this.notStarted = notStarted;
    }
}
