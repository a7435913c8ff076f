package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.birge.portal.org.domain.Role;

/** A message of a thread with its files. */
public record ThreadMessageRow(long id, String authorUsername, String authorName, Role authorRole, String body,
                               Instant postedAt, List<ThreadFileRow> files) implements Serializable {

    public ThreadMessageRow {
        files = List.copyOf(files);
    }
}
