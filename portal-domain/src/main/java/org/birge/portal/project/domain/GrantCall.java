package org.birge.portal.project.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.birge.portal.org.domain.Region;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A call for local initiative grants: how much money the programme offers, how much one project may
 * get, how much of a project's cost must come from local sources, when proposals may be submitted, from
 * which regions, and the criteria proposals are appraised by. Only a draft can be changed; a published
 * call takes proposals while it is open; a closed call takes none.
 */
@Entity
@Table(name = "grant_call")
public class GrantCall extends VersionedEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = TEXT_LENGTH)
    private String description;

    @Column(name = "envelope", nullable = false)
    private long envelope;

    @Column(name = "max_grant", nullable = false)
    private long maxGrant;

    @Column(name = "min_cofinancing_pct", nullable = false)
    private int minCofinancingPercent;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CallStatus status = CallStatus.DRAFT;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "grant_call_region", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> regions = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "grant_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    protected GrantCall() {
    }

    public GrantCall(Terms terms) {
        apply(terms);
    }

    /** What a project manager sets on a call. */
    public record Terms(String title, String description, long envelope, long maxGrant, int minCofinancingPercent,
                        LocalDate opensOn, LocalDate closesOn, Collection<Region> regions,
                        List<Criterion> criteria) {
    }

    /** Changes a draft call. */
    public void revise(Terms terms) {
        if (status != CallStatus.DRAFT) {
            throw new DomainException("project.call.notDraft");
        }
        apply(terms);
    }

    private void apply(Terms terms) {
        if (terms.title() == null || terms.title().isBlank()) {
            throw new DomainException("project.call.titleRequired");
        }
        if (terms.title().strip().length() > TITLE_LENGTH) {
            throw new DomainException("project.call.titleLength", TITLE_LENGTH);
        }
        if (terms.description() != null && terms.description().length() > TEXT_LENGTH) {
            throw new DomainException("project.textLength", TEXT_LENGTH);
        }
        if (terms.envelope() <= 0) {
            throw new DomainException("project.call.envelopePositive");
        }
        if (terms.maxGrant() <= 0 || terms.maxGrant() > terms.envelope()) {
            throw new DomainException("project.call.maxGrantRange");
        }
        if (terms.minCofinancingPercent() < 0 || terms.minCofinancingPercent() > 100) {
            throw new DomainException("project.call.sharePercent");
        }
        if (terms.opensOn() == null || terms.closesOn() == null) {
            throw new DomainException("project.call.datesRequired");
        }
        if (terms.closesOn().isBefore(terms.opensOn())) {
            throw new DomainException("project.call.closesBeforeOpens");
        }
        this.title = terms.title().strip();
        this.description = terms.description() == null || terms.description().isBlank() ? null
                : terms.description().strip();
        this.envelope = terms.envelope();
        this.maxGrant = terms.maxGrant();
        this.minCofinancingPercent = terms.minCofinancingPercent();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.regions.clear();
        if (terms.regions() != null) {
            this.regions.addAll(terms.regions());
        }
        this.criteria.clear();
        if (terms.criteria() != null) {
            this.criteria.addAll(terms.criteria());
        }
    }

    /** Opens the call to the mayors of its regions; it needs regions and appraisal criteria. */
    public void publish() {
        if (status != CallStatus.DRAFT) {
            throw new DomainException("project.call.notDraft");
        }
        if (regions.isEmpty()) {
            throw new DomainException("project.call.regionsRequired");
        }
        if (criteria.isEmpty()) {
            throw new DomainException("project.call.criteriaRequired");
        }
        status = CallStatus.PUBLISHED;
    }

    public void close() {
        if (status != CallStatus.PUBLISHED) {
            throw new DomainException("project.call.notPublished");
        }
        status = CallStatus.CLOSED;
    }

    /** Whether proposals may be submitted on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return status == CallStatus.PUBLISHED && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean isEligible(Region region) {
        return regions.contains(region);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getEnvelope() {
        return envelope;
    }

    public long getMaxGrant() {
        return maxGrant;
    }

    public int getMinCofinancingPercent() {
        return minCofinancingPercent;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public CallStatus getStatus() {
        return status;
    }

    public Set<Region> getRegions() {
        return Collections.unmodifiableSet(regions);
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }
}
