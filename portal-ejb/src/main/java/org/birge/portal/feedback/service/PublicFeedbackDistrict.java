package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.service.Names;

/** A district's public page: its names, its trust figures and the projects that came from its residents. */
public record PublicFeedbackDistrict(String code, Names name, Names region, TrustFigures figures,
                                     List<PublicFeedbackProject> projects) implements Serializable {

    public PublicFeedbackDistrict {
        projects = List.copyOf(projects);
    }
}
