package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;

/** What the resident is told at once on submitting: the appeal's id, its reference number and due date. */
public record AppealReceipt(long id, String reference, LocalDate dueOn) implements Serializable {
}
