package org.birge.portal.org.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.primefaces.PrimeFaces;

/** The administrators' list of regions, with creating, renaming, deactivating and reactivating. */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisation;

    private PageModel<RegionRow> regions;

    @Valid
    private NameForm form = new NameForm();

    @PostConstruct
    void load() {
        regions = new PageModel<>(organisation::regions, row -> Long.toString(row.id()));
    }

    public void startNew() {
        form = new NameForm();
    }

    public void startEdit(RegionRow row) {
        form = new NameForm();
        form.setId(row.id());
        form.setVersion(row.version());
        form.setCode(row.code());
        form.setNameKk(row.nameKk());
        form.setNameRu(row.nameRu());
        form.setNameEn(row.nameEn());
    }

    public void save() {
        try {
            RegionRow saved = form.isNew()
                    ? organisation.createRegion(form.getCode(), form.name())
                    : organisation.renameRegion(form.getId(), form.getVersion(), form.name());
            Messages.info("admin.regions.saved", saved.code());
            regions.refresh();
            PrimeFaces.current().executeScript("PF('regionDialog').hide()");
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public void toggleActive(RegionRow row) {
        try {
            RegionRow saved = organisation.setRegionActive(row.id(), row.version(), !row.active());
            Messages.info(saved.active() ? "admin.regions.activated" : "admin.regions.deactivated", saved.code());
            regions.refresh();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
    }

    public PageModel<RegionRow> getRegions() {
        return regions;
    }

    public NameForm getForm() {
        return form;
    }
}
