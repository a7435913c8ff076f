package org.birge.portal.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A town, city, district or rural district whose akim governs it with its residents, such as Zaisan or
 * the Tavriya rural district. It belongs to one region for its whole life.
 */
@Entity
@Table(name = "district")
@NamedQuery(name = "District.byCode",
        query = "select d from District d join fetch d.region where d.code = :code")
public class District extends VersionedEntity {

    @NotNull
    @Pattern(regexp = ReferenceCode.PATTERN, message = "{validation.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = ReferenceCode.MAX_LENGTH)
    private String code;

    @Valid
    @NotNull
    @Embedded
    private LocalizedName name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DistrictKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(nullable = false)
    private boolean active = true;

    protected District() {
    }

    public District(String code, LocalizedName name, DistrictKind kind, Region region) {
        this.code = ReferenceCode.normalise(code);
        this.name = LocalizedName.require(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (region == null) {
            throw new DomainException("org.district.regionRequired");
        }
        if (!region.isActive()) {
            throw new DomainException("org.district.regionInactive", region.getCode());
        }
        this.region = region;
    }

    public void rename(LocalizedName newName, DistrictKind newKind) {
        LocalizedName checkedName = LocalizedName.require(newName);
        this.kind = Objects.requireNonNull(newKind, "kind");
        this.name = checkedName;
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("org.district.alreadyInactive", code);
        }
        active = false;
    }

    public void activate() {
        if (active) {
            throw new DomainException("org.district.alreadyActive", code);
        }
        if (!region.isActive()) {
            throw new DomainException("org.district.regionInactive", region.getCode());
        }
        active = true;
    }

    public boolean belongsTo(Region other) {
        return region.equals(other);
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

    public DistrictKind getKind() {
        return kind;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isActive() {
        return active;
    }
}
