package org.birge.portal.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import org.birge.portal.shared.domain.DomainException;

/** A course material: a titled link, or a titled file kept as a portal attachment. */
@Embeddable
public class Material {

    public static final int TITLE_LENGTH = 200;
    public static final int URL_LENGTH = 500;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "url", length = URL_LENGTH)
    private String url;

    @Column(name = "attachment_id")
    private Long attachmentId;

    protected Material() {
    }

    public Material(String title, String url, Long attachmentId) {
        if (title == null || title.isBlank()) {
            throw new DomainException("training.material.titleRequired");
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw new DomainException("training.material.titleLength", TITLE_LENGTH);
        }
        boolean hasUrl = url != null && !url.isBlank();
        if (hasUrl == (attachmentId != null)) {
            throw new DomainException("training.material.linkOrFile");
        }
        if (hasUrl) {
            requireWebAddress(url.strip(), "training.material.url");
        }
        this.title = title.strip();
        this.url = hasUrl ? url.strip() : null;
        this.attachmentId = attachmentId;
    }

    /** Refuses anything but an absolute http or https address of reasonable length. */
    static void requireWebAddress(String address, String messageKey) {
        if (address.length() > URL_LENGTH) {
            throw new DomainException(messageKey);
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new DomainException(messageKey);
            }
        } catch (java.net.URISyntaxException e) {
            throw new DomainException(messageKey);
        }
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }
}
