package org.birge.portal.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.Texts;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A person who signs in to the portal (officials and residents alike), mirrored from Keycloak at every
 * login: Keycloak owns who they are and which roles they hold, the portal keeps what it needs to scope
 * their data and to address them.
 */
@Entity
@Table(name = "official")
@NamedQuery(name = "Official.bySubject",
        query = "select o from Official o left join fetch o.district d left join fetch d.region"
                + " left join fetch o.region where o.subject = :subject")
@NamedQuery(name = "Official.byUsername",
        query = "select o from Official o left join fetch o.district d left join fetch d.region"
                + " left join fetch o.region where o.username = :username")
public class Official extends VersionedEntity {

    public static final int SUBJECT_LENGTH = 64;
    public static final int USERNAME_LENGTH = 100;
    public static final int NAME_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;

    @Column(nullable = false, unique = true, updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(length = EMAIL_LENGTH)
    private String email;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.RU;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Official() {
    }

    public Official(String subject, String username) {
        if (subject == null || subject.isBlank() || subject.length() > SUBJECT_LENGTH) {
            throw new DomainException("org.official.subjectInvalid");
        }
        this.subject = subject;
        this.username = requireUsername(username);
        this.displayName = this.username;
    }

    private static String requireUsername(String username) {
        if (username == null || username.isBlank() || username.length() > USERNAME_LENGTH) {
            throw new DomainException("org.official.usernameInvalid");
        }
        return username;
    }

    /**
     * Takes over what the identity provider says of this person at a login. The assignment follows the
     * roles: a mayor or resident belongs to a district (and through it to its region), a governor to a
     * region, everyone else to no place at all, whatever extra claims the token carries. A resident whose
     * token names no district (self-registered) keeps the district they chose ({@link #chooseDistrict}).
     */
    public void updateFromLogin(LoginProfile profile, District claimedDistrict, Region claimedRegion, Instant at) {
        this.username = requireUsername(profile.username());
        this.displayName = truncate(profile.displayName() == null || profile.displayName().isBlank()
                ? profile.username() : profile.displayName(), NAME_LENGTH);
        this.email = profile.email() == null ? null : truncate(profile.email(), EMAIL_LENGTH);
        this.roles = profile.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(profile.roles());
        Role primary = primaryRole().orElse(null);
        if (primary != Role.RESIDENT || claimedDistrict != null) {
            this.district = primary == Role.MAYOR || primary == Role.RESIDENT ? claimedDistrict : null;
        }
        // else: a self-registered resident's token names no district, and the one they chose is kept.
        this.region = primary == Role.GOVERNOR ? claimedRegion : null;
        this.lastLoginAt = at;
    }

    private static String truncate(String value, int max) {
        return Texts.clip(value, max);
    }

    /**
     * A resident whose token names no district chooses theirs, once: changing it later is an
     * administrator's matter. Refused for anyone else, for a resident who has a district, and for a district
     * no longer in use.
     */
    public void chooseDistrict(District chosen) {
        if (primaryRole().orElse(null) != Role.RESIDENT) {
            throw new DomainException("org.official.districtChoiceResidentsOnly");
        }
        if (district != null) {
            throw new DomainException("org.official.districtAlreadyChosen");
        }
        if (chosen == null || !chosen.isActive()) {
            throw new DomainException("org.official.districtRequired");
        }
        this.district = chosen;
    }

    public void chooseLanguage(Language newLanguage) {
        this.language = Objects.requireNonNull(newLanguage, "language");
    }

    /** The role whose portal this person lands on. */
    public Optional<Role> primaryRole() {
        return roles.stream().sorted().findFirst();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** What data this person may see, decided by their primary role and assignment. */
    public Scope scope() {
        Role primary = primaryRole().orElse(null);
        if (primary == null) {
            return Scope.none();
        }
        return switch (primary) {
            case ADMIN, PROJECT_MANAGER -> Scope.programme();
            case GOVERNOR -> region == null ? Scope.none() : Scope.region(region.getId());
            case MAYOR, RESIDENT -> district == null ? Scope.none()
                    : Scope.district(district.getId(), district.getRegion().getId());
            case TRAINER -> Scope.none();
        };
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public District getDistrict() {
        return district;
    }

    public Region getRegion() {
        return region;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
