package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.primefaces.PrimeFaces;

/** The administrators' list of districts, filtered by region, with creating, editing and deactivating. */
@Named
@ViewScoped
public class DistrictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private List<RegionRow> regions;
    private Long regionFilter;
    private PageModel<DistrictRow> districts;

    @Valid
    private DistrictForm form = new DistrictForm();

    @PostConstruct
    void load() {
        regions = organisation.activeRegions();
        districts = new PageModel<>(page -> organisation.districts(page, false, regionFilter),
                row -> Long.toString(row.id()));
    }

    public void filter() {
        districts.refresh();
    }

    public void startNew() {
        form = new DistrictForm();
        form.setRegionId(regionFilter);
        form.setKind(DistrictKind.DISTRICT);
    }

    public void startEdit(DistrictRow row) {
        form = new DistrictForm();
        form.setId(row.id());
        form.setVersion(row.version());
        form.setCode(row.code());
        form.setNameKk(row.nameKk());
        form.setNameRu(row.nameRu());
        form.setNameEn(row.nameEn());
        form.setKind(row.kind());
        form.setRegionId(row.regionId());
    }

    public void save() {
        try {
            DistrictRow saved = form.isNew()
                    ? organisation.createDistrict(form.getCode(), form.name(), form.getKind(), form.getRegionId())
                    : organisation.updateDistrict(form.getId(), form.getVersion(), form.name(), form.getKind());
            Messages.info("admin.districts.saved", saved.code());
            districts.refresh();
            PrimeFaces.current().executeScript("PF('districtDialog').hide()");
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void toggleActive(DistrictRow row) {
        try {
            DistrictRow saved = organisation.setDistrictActive(row.id(), row.version(), !row.active());
            Messages.info(saved.active() ? "admin.districts.activated" : "admin.districts.deactivated",
                    saved.code());
            districts.refresh();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public DistrictKind[] getKinds() {
        return DistrictKind.values();
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public Long getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(Long regionFilter) {
        this.regionFilter = regionFilter;
    }

    public PageModel<DistrictRow> getDistricts() {
        return districts;
    }

    public DistrictForm getForm() {
        return form;
    }
}
