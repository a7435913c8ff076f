package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.shared.service.Names;

/** A district in the public list of districts, with its headline trust figures. */
public record PublicFeedbackDistrictRow(String code, Names name, Names region, TrustFigures figures)
        implements Serializable {
}
