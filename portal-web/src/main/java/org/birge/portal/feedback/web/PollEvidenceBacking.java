package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.birge.portal.feedback.service.PollEvidence;
import org.birge.portal.feedback.service.PollService;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/** The community poll a project came from, for the project's pages; read once per request. */
@Named
@RequestScoped
public class PollEvidenceBacking {

    @EJB
    private PollService polls;

    private final Map<Long, Optional<PollEvidence>> read = new HashMap<>();

    /** The poll of project {@code projectId}, or null when it came from none or the reader may not see it. */
    public PollEvidence of(Long projectId) {
        if (projectId == null) {
            return null;
        }
        return read.computeIfAbsent(projectId, id -> {
            try {
                return Optional.ofNullable(polls.evidence(id));
            } catch (AccessDeniedException | NotFoundException | EJBAccessException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
