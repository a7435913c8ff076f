package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.feedback.domain.ThreadChannel;

/**
 * What a new thread is started with: to whom ({@code channel}; for a governor writing to a mayor, the
 * district), optionally the project it is about, the subject and the first message.
 */
public record NewThread(ThreadChannel channel, Long districtId, Long projectId, String subject, String body)
        implements Serializable {
}
