package org.birge.portal.feedback.service;

import java.io.Serializable;

/** A file a resident attaches to a new appeal, as uploaded: its name and content. */
public record AppealUpload(String fileName, byte[] content) implements Serializable {
}
