package org.birge.portal.project.domain;

/** Why a file is attached to a project. */
public enum AttachmentPurpose {
    MINUTES, DOCUMENT, PHOTO
}
