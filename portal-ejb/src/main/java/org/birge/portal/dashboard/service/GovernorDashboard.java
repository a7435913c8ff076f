package org.birge.portal.dashboard.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.TrustFigures;
import org.birge.portal.shared.service.Names;

/**
 * The districts of a governor's region side by side, those with overdue items first: their projects by
 * state, the endorsements waiting for the governor (and how many of them are overdue), the appeals (open,
 * overdue, answered on time, rated satisfactory) and the training coverage of their mayors (mayors with a
 * valid certificate of a core course, of all mayors). {@code total} sums the region.
 */
public record GovernorDashboard(long regionId, Names regionName, List<DistrictRow> districts, DistrictRow total,
                                List<String> states) implements Serializable {

    public GovernorDashboard {
        districts = List.copyOf(districts);
        states = List.copyOf(states);
    }

    /** A district's figures; the states' counts follow {@link GovernorDashboard#states()}. */
    public record DistrictRow(long id, String code, Names name, List<Long> projectsByState, long projects,
                              long endorsements, long overdueEndorsements, TrustFigures appeals, long mayors,
                              long trainedMayors) implements Serializable {

        public DistrictRow {
            projectsByState = List.copyOf(projectsByState);
        }

        /** Overdue endorsements and overdue appeals together: the order of the comparison. */
        public long overdue() {
            return overdueEndorsements + appeals.overdue();
        }

        /** Trained mayors in percent of the mayors; null without mayors. */
        public Double coverageShare() {
            return mayors == 0 ? null : trainedMayors * 100.0 / mayors;
        }
    }
}
