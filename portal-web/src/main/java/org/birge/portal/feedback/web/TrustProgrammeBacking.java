package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
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
 * A project manager compares the regions of the programme, with the programme's monthly trend, and drills
 * down to a region: its districts' figures and the trend of the region or of one of its districts.
 */
@Named
@ViewScoped
public class TrustProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TrustService trust;

    private TrustOverview overview;
    /** The regions and a region's districts as the tables sort them (in place). */
    private List<TrustRow> regions;
    private List<TrustRow> districts;
    private List<TrustMonth> programmeMonths;
    private TrustOverview region;
    private List<TrustMonth> regionMonths;
    private Long districtId;
    private List<TrustMonth> districtMonths;

    public void load() {
        overview = Pages.load(() -> trust.programme());
        if (overview == null) {
            return;
        }
        regions = new ArrayList<>(overview.parts());
        programmeMonths = trust.programmeTrend(TrustCharts.firstMonth(), TrustCharts.lastMonth());
    }

    /** Drills down to a region of the table. */
    public void openRegion(long regionId) {
        try {
            region = trust.region(regionId);
            districts = new ArrayList<>(region.parts());
            regionMonths = trust.regionTrend(regionId, TrustCharts.firstMonth(), TrustCharts.lastMonth());
            districtId = null;
            districtMonths = null;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void closeRegion() {
        region = null;
        regionMonths = null;
        districtId = null;
        districtMonths = null;
    }

    /** Shows the trend of the district chosen in the region (none: the region's own trend only). */
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

    public List<TrustRow> getRegions() {
        return regions;
    }

    public List<TrustRow> getDistricts() {
        return districts;
    }

    public TrustOverview getRegion() {
        return region;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getProgrammeQuality() {
        return programmeMonths == null ? null : TrustCharts.quality(programmeMonths, TrustRegionBacking.locale());
    }

    public String getProgrammeVolume() {
        return programmeMonths == null ? null : TrustCharts.volume(programmeMonths, TrustRegionBacking.locale());
    }

    public String getRegionQuality() {
        return regionMonths == null ? null : TrustCharts.quality(regionMonths, TrustRegionBacking.locale());
    }

    public String getRegionVolume() {
        return regionMonths == null ? null : TrustCharts.volume(regionMonths, TrustRegionBacking.locale());
    }

    public String getDistrictQuality() {
        return districtMonths == null ? null : TrustCharts.quality(districtMonths, TrustRegionBacking.locale());
    }

    public String getDistrictVolume() {
        return districtMonths == null ? null : TrustCharts.volume(districtMonths, TrustRegionBacking.locale());
    }
}
