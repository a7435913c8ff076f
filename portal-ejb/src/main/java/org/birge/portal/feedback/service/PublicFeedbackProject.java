package org.birge.portal.feedback.service;

import java.io.Serializable;

/**
 * A published project of a district that came from its residents: from appeals whose answer points to it
 * ({@code appeals}: how many) and/or from a community poll ({@code pollQuestion}).
 */
public record PublicFeedbackProject(long id, String title, String status, long appeals, String pollQuestion)
        implements Serializable {
}
