package org.birge.portal.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.birge.portal.project.service.PublicProjectRow;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.shared.web.PageModel;

/** Published projects for anyone: the whole programme, or the reader's district on a resident's home. */
@Named
@ViewScoped
public class PublicProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicProjectService publicProjects;

    @jakarta.inject.Inject
    private org.birge.portal.org.web.MyDistrictBacking myDistrict;

    private PageModel<PublicProjectRow> projects;
    private PageModel<PublicProjectRow> ofMyDistrict;

    @PostConstruct
    void load() {
        projects = new PageModel<>(page -> publicProjects.published(page, null), row -> Long.toString(row.id()));
    }

    public PageModel<PublicProjectRow> getProjects() {
        return projects;
    }

    /** The published projects of the signed-in resident's district. */
    public PageModel<PublicProjectRow> getOfMyDistrict() {
        if (ofMyDistrict == null && myDistrict.getDistrict() != null) {
            long districtId = myDistrict.getDistrict().id();
            ofMyDistrict = new PageModel<>(page -> publicProjects.published(page, districtId),
                    row -> Long.toString(row.id()));
        }
        return ofMyDistrict;
    }
}
