package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.birge.portal.org.service.OfficialService;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.shared.service.PageRequest;

/** The administrators' home: how much reference data and how many people the portal holds. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @EJB
    private OrganisationService organisation;

    @EJB
    private OfficialService officials;

    private long regionCount;
    private long districtCount;
    private long officialCount;

    @PostConstruct
    void load() {
        PageRequest one = PageRequest.of(0, 1);
        regionCount = organisation.regions(one).total();
        districtCount = organisation.districts(one, false).total();
        officialCount = officials.officials(one, null).total();
    }

    public long getRegionCount() {
        return regionCount;
    }

    public long getDistrictCount() {
        return districtCount;
    }

    public long getOfficialCount() {
        return officialCount;
    }
}
