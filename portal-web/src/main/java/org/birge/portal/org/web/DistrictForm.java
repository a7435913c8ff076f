package org.birge.portal.org.web;

import jakarta.validation.constraints.NotNull;
import org.birge.portal.org.domain.DistrictKind;

/** A district as an administrator types it: code and names, kind, and (when new) its region. */
public class DistrictForm extends NameForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.kind.required}")
    private DistrictKind kind;

    @NotNull(message = "{validation.region.required}")
    private Long regionId;

    public DistrictKind getKind() {
        return kind;
    }

    public void setKind(DistrictKind kind) {
        this.kind = kind;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }
}
