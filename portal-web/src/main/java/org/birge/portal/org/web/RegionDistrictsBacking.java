package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.web.PageModel;

/** A governor's home: their region and its districts, paged and sortable. */
@Named
@ViewScoped
public class RegionDistrictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private RegionRow region;
    private PageModel<DistrictRow> districts;

    @PostConstruct
    void load() {
        region = organisation.regions(PageRequest.of(0, 1)).rows().stream().findFirst().orElse(null);
        districts = new PageModel<>(page -> organisation.districts(page, false), row -> Long.toString(row.id()));
    }

    public RegionRow getRegion() {
        return region;
    }

    public PageModel<DistrictRow> getDistricts() {
        return districts;
    }
}
