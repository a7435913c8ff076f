package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An answered public appeal as anyone may read it on the district's page: what was asked and what the
 * district answered, with the dates, and the published project the answer points to. Nothing about the
 * author: no name, username, contact, reference number, rating comment or complaint. The texts are
 * redacted of e-mail addresses and telephone numbers ({@code PublicFeedbackText}).
 */
public record PublicFeedbackAppeal(long id, String kind, String category, String subject, String body,
                                   LocalDate receivedOn, LocalDate answeredOn, String answer, Long projectId,
                                   String projectTitle) implements Serializable {
}
