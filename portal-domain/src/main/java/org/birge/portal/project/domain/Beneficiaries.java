package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who benefits from a project: how many people, how many of them vulnerable, and what they get. */
@Embeddable
public class Beneficiaries {

    public static final int BENEFIT_LENGTH = 1000;

    @Column(name = "benef_total")
    private Integer total;

    @Column(name = "benef_children")
    private Integer children;

    @Column(name = "benef_disabled")
    private Integer withDisabilities;

    @Column(name = "benef_vulnerable")
    private Integer vulnerableFamilies;

    @Column(name = "benef_what", length = BENEFIT_LENGTH)
    private String benefit;

    protected Beneficiaries() {
    }

    public Beneficiaries(Integer total, Integer children, Integer withDisabilities, Integer vulnerableFamilies,
                         String benefit) {
        this.total = total;
        this.children = children;
        this.withDisabilities = withDisabilities;
        this.vulnerableFamilies = vulnerableFamilies;
        this.benefit = benefit;
    }

    public Integer getTotal() {
        return total;
    }

    public Integer getChildren() {
        return children;
    }

    public Integer getWithDisabilities() {
        return withDisabilities;
    }

    public Integer getVulnerableFamilies() {
        return vulnerableFamilies;
    }

    public String getBenefit() {
        return benefit;
    }
}
