package org.birge.portal.training.service;

import java.io.Serializable;
import java.util.Map;
import org.birge.portal.shared.service.Names;

/**
 * A mayor of the governor's region and their state in each core course, by course code. {@code registered}
 * is false for a trainee known from their enrolments who has not signed in to the portal yet.
 */
public record CoverageRow(String username, String name, Names district, boolean registered,
                          Map<String, CourseState> states) implements Serializable {

    public CoverageRow {
        states = Map.copyOf(states);
    }

    public CourseState state(String courseCode) {
        return states.getOrDefault(courseCode, CourseState.NOT_STARTED);
    }
}
