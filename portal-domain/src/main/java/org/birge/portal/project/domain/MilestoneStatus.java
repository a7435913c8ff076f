package org.birge.portal.project.domain;

/** A milestone is planned until it is reached. */
public enum MilestoneStatus {
    PLANNED, REACHED
}
