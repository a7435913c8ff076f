package org.birge.portal.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.feedback.service.PublicFeedbackDistrictRow;
import org.birge.portal.feedback.service.PublicFeedbackService;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.PageModel;

/** The public list of districts with their headline trust figures, each linking to its page. */
@Named
@ViewScoped
public class PublicFeedbackDistrictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicFeedbackService feedback;

    private PageModel<PublicFeedbackDistrictRow> districts;

    @Inject
    private ActiveUser activeUser;

    @PostConstruct
    void load() {
        Language language = activeUser.getLanguage();
        districts = new PageModel<>(page -> feedback.districts(page, language), PublicFeedbackDistrictRow::code);
    }

    public PageModel<PublicFeedbackDistrictRow> getDistricts() {
        return districts;
    }
}
