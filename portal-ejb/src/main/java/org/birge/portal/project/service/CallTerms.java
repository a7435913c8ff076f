package org.birge.portal.project.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a project manager types for a call; the page binds to it and the service checks it. */
public class CallTerms implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private Long envelope;
    private Long maxGrant;
    private Integer minCofinancingPercent = 20;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<Long> regionIds = new ArrayList<>();
    private List<CriterionItem> criteria = new ArrayList<>();

    /** One criterion of the appraisal sheet. */
    public static class CriterionItem implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private Integer maxPoints;

        public CriterionItem() {
        }

        public CriterionItem(String name, Integer maxPoints) {
            this.name = name;
            this.maxPoints = maxPoints;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(Integer maxPoints) {
            this.maxPoints = maxPoints;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getEnvelope() {
        return envelope;
    }

    public void setEnvelope(Long envelope) {
        this.envelope = envelope;
    }

    public Long getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(Long maxGrant) {
        this.maxGrant = maxGrant;
    }

    public Integer getMinCofinancingPercent() {
        return minCofinancingPercent;
    }

    public void setMinCofinancingPercent(Integer minCofinancingPercent) {
        this.minCofinancingPercent = minCofinancingPercent;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public List<Long> getRegionIds() {
        return regionIds;
    }

    public void setRegionIds(List<Long> regionIds) {
        this.regionIds = regionIds == null ? new ArrayList<>() : new ArrayList<>(regionIds);
    }

    public List<CriterionItem> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionItem> criteria) {
        this.criteria = criteria;
    }
}
