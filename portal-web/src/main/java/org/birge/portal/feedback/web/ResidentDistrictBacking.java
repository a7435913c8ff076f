package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.birge.portal.feedback.service.AppealChoice;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.org.service.ProvisioningService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.ActiveUser;
import org.birge.portal.shared.web.Messages;

/**
 * A self-registered resident, whose account names no district, chooses theirs once on their home page; the
 * portal keeps it across logins. Changing it later is an administrator's matter.
 */
@Named
@ViewScoped
public class ResidentDistrictBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AppealService appeals;

    @EJB
    private ProvisioningService provisioning;

    @Inject
    private ActiveUser activeUser;

    private List<AppealChoice> districts;
    private Long districtId;

    /** Whether the signed-in resident still has to choose a district. */
    public boolean isNeeded() {
        return activeUser.getProfile() != null && activeUser.getProfile().placeCode() == null;
    }

    public List<AppealChoice> getDistricts() {
        if (districts == null) {
            districts = isNeeded() ? appeals.districtChoices() : List.of();
        }
        return districts;
    }

    public String choose() {
        if (districtId == null) {
            Messages.error("org.official.districtRequired");
            return null;
        }
        try {
            activeUser.placeChosen(provisioning.chooseDistrict(districtId));
            Messages.flashInfo("feedback.district.chosen");
            return "/resident/index?faces-redirect=true";
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }
}
