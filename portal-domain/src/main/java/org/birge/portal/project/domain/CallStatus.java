package org.birge.portal.project.domain;

/** A grant call is prepared as a draft, published for the eligible regions, and closed at the end. */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED
}
