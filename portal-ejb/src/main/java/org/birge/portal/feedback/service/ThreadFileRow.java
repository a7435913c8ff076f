package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.FileType;

/** A file of a thread's message, to link to. */
public record ThreadFileRow(long id, long messageId, String fileName, FileType type, long size)
        implements Serializable {
}
