package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.feedback.service.TrustMonth;
import org.birge.portal.feedback.service.TrustOverview;
import org.birge.portal.feedback.service.TrustRow;
import org.birge.portal.feedback.service.TrustService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.Pages;

/**
 * A governor compares the districts of their region: the figures of each district (sortable), the
 * region's monthly trend, and the trend of a district they choose (the first district by code with appeals,
 * at first).
 */
@Named
@ViewScoped
public class TrustRegionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrustService trust;

    private TrustOverview overview;
    /** The districts as the table sorts them (in place). */
    private List<TrustRow> districts;
    private List<TrustMonth> regionMonths;
    private Long districtId;
    private List<TrustMonth> districtMonths;

    public void load() {
        overview = Pages.load(() -> trust.region(null));
        if (overview == null) {
            return;
        }
        districts = new ArrayList<>(overview.parts());
        regionMonths = trust.regionTrend(overview.total().id(), TrustCharts.firstMonth(), TrustCharts.lastMonth());
        districtId = overview.parts().stream().filter(d -> d.figures().received() > 0).map(TrustRow::id)
                .findFirst().orElse(null);
        showDistrict();
    }

    /** Shows the trend of the district chosen. */
    public void showDistrict() {
        try {
            districtMonths = districtId == null ? null
                    : trust.districtTrend(districtId, TrustCharts.firstMonth(), TrustCharts.lastMonth());
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public TrustOverview getOverview() {
        return overview;
    }

    public List<TrustRow> getDistricts() {
        return districts;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getRegionQuality() {
        return regionMonths == null ? null : TrustCharts.quality(regionMonths, locale());
    }

    public String getRegionVolume() {
        return regionMonths == null ? null : TrustCharts.volume(regionMonths, locale());
    }

    public String getDistrictQuality() {
        return districtMonths == null ? null : TrustCharts.quality(districtMonths, locale());
    }

    public String getDistrictVolume() {
        return districtMonths == null ? null : TrustCharts.volume(districtMonths, locale());
    }

    static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
