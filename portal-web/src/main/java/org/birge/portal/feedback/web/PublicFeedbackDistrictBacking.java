package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.PublicFeedbackAppeal;
import org.birge.portal.feedback.service.PublicFeedbackDistrict;
import org.birge.portal.feedback.service.PublicFeedbackService;
import org.birge.portal.feedback.service.TrustMonth;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;

/**
 * A district's public "You said, we did" page, found by the district's code ({@code ?code=ZAISAN}): its
 * trust figures and monthly charts, the projects that came from its residents, and its answered public
 * appeals, paged. An unknown code answers 404.
 */
@Named
@ViewScoped
public class PublicFeedbackDistrictBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicFeedbackService feedback;

    private PublicFeedbackDistrict district;
    private List<TrustMonth> months;
    private PageModel<PublicFeedbackAppeal> appeals;

    public void load() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        district = Pages.load(() -> feedback.district(code));
        if (district == null) {
            return;
        }
        String found = district.code();
        months = feedback.trend(found, TrustCharts.firstMonth(), TrustCharts.lastMonth());
        appeals = new PageModel<>(page -> feedback.answered(found, page), row -> Long.toString(row.id()));
    }

    public PublicFeedbackDistrict getDistrict() {
        return district;
    }

    public PageModel<PublicFeedbackAppeal> getAppeals() {
        return appeals;
    }

    public String getQualityChart() {
        return months == null ? null : TrustCharts.quality(months, locale());
    }

    public String getVolumeChart() {
        return months == null ? null : TrustCharts.volume(months, locale());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
