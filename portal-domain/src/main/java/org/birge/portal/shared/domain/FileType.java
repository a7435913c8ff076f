package org.birge.portal.shared.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the portal accepts, recognised by their first bytes and never by their name or the
 * type the browser claims.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Ten megabytes: enough for scanned minutes and phone photos. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    FileType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type whose signature {@code head} starts with. */
    public static Optional<FileType> detect(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(type -> head.length >= type.signature.length
                        && Arrays.equals(head, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }

    public boolean isImage() {
        return this != PDF;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
