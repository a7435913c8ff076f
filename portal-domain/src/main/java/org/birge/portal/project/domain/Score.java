package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The points an appraiser gave a project for one criterion of the call. */
@Embeddable
public class Score {

    @Column(name = "criterion", nullable = false, length = Criterion.NAME_LENGTH)
    private String criterion;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected Score() {
    }

    public Score(String criterion, int points, int maxPoints) {
        this.criterion = criterion;
        this.points = points;
        this.maxPoints = maxPoints;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
