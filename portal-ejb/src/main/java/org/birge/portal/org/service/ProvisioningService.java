package org.birge.portal.org.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.LoginProfile;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PortalException;

/**
 * Mirrors a person from their token at every login: created at the first, updated at the next. A change
 * of roles or assignment is audited; the time of login is not.
 */
@Stateless
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.PROJECT_MANAGER_NAME, Role.GOVERNOR_NAME, Role.MAYOR_NAME,
            Role.TRAINER_NAME, Role.RESIDENT_NAME})
    public UserProfile provision(LoginProfile profile) {
        if (!profile.username().equals(caller.username())) {
            throw new EJBAccessException("A person can only be provisioned from their own login");
        }
        District district = profile.districtCode() == null ? null
                : em.createNamedQuery("District.byCode", District.class).setParameter("code", profile.districtCode())
                .getResultStream().findFirst().orElse(null);
        Region region = profile.regionCode() == null ? null
                : em.createNamedQuery("Region.byCode", Region.class).setParameter("code", profile.regionCode())
                .getResultStream().findFirst().orElse(null);
        if (profile.districtCode() != null && district == null || profile.regionCode() != null && region == null) {
            LOG.warning(() -> "Login of " + profile.username() + " names an unknown district or region");
        }
        Official official = em.createNamedQuery("Official.bySubject", Official.class)
                .setParameter("subject", profile.subject()).getResultStream().findFirst().orElse(null);
        boolean created = official == null;
        if (created && !em.createNamedQuery("Official.byUsername", Official.class)
                .setParameter("username", profile.username()).getResultList().isEmpty()) {
            // Another Keycloak account had this username (deleted and created again, say): its record,
            // roles and place are not handed to the new account; an administrator decides.
            throw new PortalException("org.official.usernameTaken", profile.username());
        }
        if (created) {
            official = new Official(profile.subject(), profile.username());
        }
        String before = created ? null : describe(official);
        official.updateFromLogin(profile, district, region, Instant.now());
        if (created) {
            em.persist(official);
            em.flush();
            audit.record("official.provisioned", "official", official.getId(), null, describe(official), null);
        } else if (!Objects.equals(before, describe(official))) {
            audit.record("official.updatedFromLogin", "official", official.getId(), before, describe(official), null);
        }
        return toProfile(official);
    }

    /** Keeps the language the person chose for their next visits. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PROJECT_MANAGER_NAME, Role.GOVERNOR_NAME, Role.MAYOR_NAME,
            Role.TRAINER_NAME, Role.RESIDENT_NAME})
    public void chooseLanguage(Language language) {
        caller.official().filter(official -> official.getLanguage() != language).ifPresent(official -> {
            Language before = official.getLanguage();
            official.chooseLanguage(language);
            audit.record("official.languageChosen", "official", official.getId(), before.code(), language.code(), null);
        });
    }

    /**
     * A self-registered resident, whose token names no district, chooses theirs once; it is kept across
     * logins. Changing it later is an administrator's matter. Returns the profile as it now stands.
     */
    @RolesAllowed(Role.RESIDENT_NAME)
    public UserProfile chooseDistrict(long districtId) {
        Official official = caller.official().orElseThrow(AccessDeniedException::new);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        String before = describe(official);
        official.chooseDistrict(district);
        em.flush();
        audit.record("official.districtChosen", "official", official.getId(), before, describe(official), null);
        return toProfile(official);
    }

    static UserProfile toProfile(Official official) {
        Role primary = official.primaryRole().orElse(null);
        if (official.getDistrict() != null) {
            District d = official.getDistrict();
            return new UserProfile(official.getUsername(), official.getDisplayName(), primary,
                    official.getLanguage(), d.getCode(), d.getName().getKk(), d.getName().getRu(), d.getName().getEn());
        }
        if (official.getRegion() != null) {
            Region r = official.getRegion();
            return new UserProfile(official.getUsername(), official.getDisplayName(), primary,
                    official.getLanguage(), r.getCode(), r.getName().getKk(), r.getName().getRu(), r.getName().getEn());
        }
        return new UserProfile(official.getUsername(), official.getDisplayName(), primary, official.getLanguage(),
                null, null, null, null);
    }

    private static String describe(Official official) {
        return "username=" + official.getUsername() + ", name=" + official.getDisplayName()
                + ", roles=" + official.getRoles()
                + ", district=" + (official.getDistrict() == null ? "-" : official.getDistrict().getCode())
                + ", region=" + (official.getRegion() == null ? "-" : official.getRegion().getCode());
    }
}
