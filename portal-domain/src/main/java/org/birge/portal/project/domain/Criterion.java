package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;

/** One criterion of a call's appraisal sheet and the most points it gives. */
@Embeddable
public class Criterion {

    public static final int NAME_LENGTH = 200;
    public static final int MAX_POINTS = 100;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected Criterion() {
    }

    public Criterion(String name, int maxPoints) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new DomainException("project.call.criterionName");
        }
        if (maxPoints < 1 || maxPoints > MAX_POINTS) {
            throw new DomainException("project.call.criterionPoints", MAX_POINTS);
        }
        this.name = name.strip();
        this.maxPoints = maxPoints;
    }

    public String getName() {
        return name;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion that && maxPoints == that.maxPoints && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, maxPoints);
    }
}
