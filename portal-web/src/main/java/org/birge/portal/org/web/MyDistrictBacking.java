package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.shared.service.PageRequest;

/** The district of a mayor or resident, for their home page. */
@Named
@RequestScoped
public class MyDistrictBacking {

    @EJB
    private OrganisationService organisation;

    private DistrictRow district;

    @PostConstruct
    void load() {
        district = organisation.districts(PageRequest.of(0, 1), false).rows().stream().findFirst().orElse(null);
    }

    public DistrictRow getDistrict() {
        return district;
    }
}
