package org.birge.portal.training.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.service.Names;

/** What the oversight filters offer: places (districts of a region, or regions) and courses. */
public record OversightChoices(List<Place> places, List<CourseOption> courses) implements Serializable {

    public OversightChoices {
        places = List.copyOf(places);
        courses = List.copyOf(courses);
    }

    /** A district or a region. */
    public record Place(long id, Names name) implements Serializable {
    }

    /** A course, with its code and title. */
    public record CourseOption(long id, String code, String title) implements Serializable {
    }
}
