package org.birge.portal.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.birge.portal.shared.domain.DomainException;

/**
 * Who is enrolled, as the portal knew them when they enrolled: their username, the name printed on their
 * certificate, and the district and region whose governor oversees their training.
 */
@Embeddable
public class Trainee {

    @Column(name = "trainee_username", nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "trainee_name", nullable = false, length = 200)
    private String name;

    @Column(name = "district_id", updatable = false)
    private Long districtId;

    @Column(name = "region_id", updatable = false)
    private Long regionId;

    protected Trainee() {
    }

    public Trainee(String username, String name, Long districtId, Long regionId) {
        if (username == null || username.isBlank() || name == null || name.isBlank()) {
            throw new DomainException("training.enrolment.traineeRequired");
        }
        this.username = username;
        this.name = name.strip();
        this.districtId = districtId;
        this.regionId = regionId;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getRegionId() {
        return regionId;
    }
}
