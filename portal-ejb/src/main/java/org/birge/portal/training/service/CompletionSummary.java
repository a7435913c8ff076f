package org.birge.portal.training.service;

import java.io.Serializable;

/** A completed session and its outcome: how many completed the course (each now holds a certificate), how many did not. */
public record CompletionSummary(SessionRow row, int completed, int notCompleted) implements Serializable {
}
