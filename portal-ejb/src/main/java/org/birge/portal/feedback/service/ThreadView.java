package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.domain.ThreadStatus;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;

/** One thread's heading as its page shows it; the messages are paged apart. */
public record ThreadView(long id, long version, String subject, ThreadChannel channel, ThreadStatus status,
                         Names district, Names region, String officialUsername, Role officialRole, Long projectId,
                         String projectTitle, String startedBy, Instant startedAt, String statusChangedBy,
                         Instant statusChangedAt, int messageCount) implements Serializable {

    public String districtName(Language language) {
        return district == null ? null : district.in(language);
    }

    public String regionName(Language language) {
        return region == null ? null : region.in(language);
    }

    public boolean isOpen() {
        return status == ThreadStatus.OPEN;
    }
}
