package org.birge.portal.project.domain;

/** A workflow version is prepared, published for new projects, and superseded by the next one. */
public enum DefinitionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
