package org.birge.portal.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.domain.VersionedEntity;

/** A region (oblys) of Kazakhstan taking part in the programme, such as East Kazakhstan Region. */
@Entity
@Table(name = "region")
@NamedQuery(name = "Region.byCode", query = "select r from Region r where r.code = :code")
@NamedQuery(name = "Region.count", query = "select count(r) from Region r")
public class Region extends VersionedEntity {

    @NotNull
    @Pattern(regexp = ReferenceCode.PATTERN, message = "{validation.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = ReferenceCode.MAX_LENGTH)
    private String code;

    @Valid
    @NotNull
    @Embedded
    private LocalizedName name;

    @Column(nullable = false)
    private boolean active = true;

    protected Region() {
    }

    public Region(String code, LocalizedName name) {
        this.code = ReferenceCode.normalise(code);
        this.name = LocalizedName.require(name);
    }

    public void rename(LocalizedName newName) {
        this.name = LocalizedName.require(newName);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("org.region.alreadyInactive", code);
        }
        active = false;
    }

    public void activate() {
        if (active) {
            throw new DomainException("org.region.alreadyActive", code);
        }
        active = true;
    }

    public String getCode() {
        return code;
    }

    public LocalizedName getName() {
        return name;
    }

    public String nameIn(Language language) {
        return name.in(language);
    }

    public boolean isActive() {
        return active;
    }
}
