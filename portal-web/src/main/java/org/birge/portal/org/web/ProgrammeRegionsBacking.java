package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.web.PageModel;

/** A project manager's home: every region of the programme with its number of districts. */
@Named
@ViewScoped
public class ProgrammeRegionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private PageModel<RegionRow> regions;

    @PostConstruct
    void load() {
        regions = new PageModel<>(organisation::regions, row -> Long.toString(row.id()));
    }

    public PageModel<RegionRow> getRegions() {
        return regions;
    }
}
