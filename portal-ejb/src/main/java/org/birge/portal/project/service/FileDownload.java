package org.birge.portal.project.service;

import java.nio.file.Path;

/** A stored file ready to be sent: its safe name, the type found in its content, its size and where it lies. */
public record FileDownload(String fileName, String mediaType, long size, Path path) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
