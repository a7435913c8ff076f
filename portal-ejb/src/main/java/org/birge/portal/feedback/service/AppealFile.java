package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.domain.FileType;

/** A file attached to an appeal, as its page lists it. */
public record AppealFile(long id, String fileName, FileType type, long size) implements Serializable {
}
