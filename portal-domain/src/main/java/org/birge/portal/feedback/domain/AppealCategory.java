package org.birge.portal.feedback.domain;

/** The field of the district's life an appeal is about. */
public enum AppealCategory {
    ROADS, WATER, HEATING, EDUCATION, HEALTH, SPORT_CULTURE, SOCIAL, HOUSING, ENVIRONMENT, TRANSPORT, SAFETY, OTHER
}
