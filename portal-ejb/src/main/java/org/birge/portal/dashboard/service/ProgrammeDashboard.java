package org.birge.portal.dashboard.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.TrustOverview;
import org.birge.portal.shared.service.Names;

/**
 * The programme for a project manager: the projects by state in each region, the money (envelope of the
 * published calls; grants requested by submitted proposals and approved by decisions, neither drafts nor
 * rejected ones; disbursed as the grant's share of the recorded spending), the approvals waiting for project
 * managers by step (and overdue), the indicators of the projects under way or done (reached the target,
 * reported below it, nothing reported), the training delivered and the trust figures of each region.
 */
public record ProgrammeDashboard(List<String> states, List<RegionRow> regions, long envelope, long requested,
                                 long approved, long disbursed, List<Approvals> approvals,
                                 long indicators, long indicatorsReached, long indicatorsReported,
                                 Training training, TrustOverview trust) implements Serializable {

    public ProgrammeDashboard {
        states = List.copyOf(states);
        regions = List.copyOf(regions);
        approvals = List.copyOf(approvals);
    }

    public long waitingApprovals() {
        return approvals.stream().mapToLong(Approvals::waiting).sum();
    }

    public long overdueApprovals() {
        return approvals.stream().mapToLong(Approvals::overdue).sum();
    }

    /** Indicators with no value reported yet. */
    public long indicatorsNotReported() {
        return indicators - indicatorsReached - indicatorsReported;
    }

    /** A region: its projects by state (in the order of {@link ProgrammeDashboard#states()}) and its grants. */
    public record RegionRow(long id, String code, Names name, List<Long> projectsByState, long projects,
                            long requested, long approved) implements Serializable {

        public RegionRow {
            projectsByState = List.copyOf(projectsByState);
        }
    }

    /** The open approval tasks of project managers at one step of the workflow. */
    public record Approvals(String stepCode, long waiting, long overdue) implements Serializable {
    }

    /**
     * The training delivered: sessions completed and still to come, trainees who completed, valid
     * certificates, evaluations and their average ratings (1 to 5; null without evaluations).
     */
    public record Training(long sessionsCompleted, long sessionsUpcoming, long traineesCompleted, long certificates,
                           long evaluations, Double usefulness, Double trainerRating, Double organisation)
            implements Serializable {
    }
}
