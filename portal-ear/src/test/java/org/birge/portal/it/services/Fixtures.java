package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.LoginProfile;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.LocalizedName;

/**
 * Test data for the service tests, written straight to the database: regions, districts and people with
 * unique codes and names, so the tests can run again and again on the same database.
 */
@Stateless
public class Fixtures {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public static String unique(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    public Region region(String code) {
        return region(code, new LocalizedName(code + " облысы", code + " область", code + " Region"));
    }

    public Region region(String code, LocalizedName name) {
        Region region = new Region(code, name);
        em.persist(region);
        return region;
    }

    public District district(String code, Region region) {
        return district(code, region, new LocalizedName(code + " ауданы", code + " район", code + " District"),
                DistrictKind.DISTRICT);
    }

    public District district(String code, Region region, LocalizedName name, DistrictKind kind) {
        Region managed = em.find(Region.class, region.getId());
        District district = new District(code, name, kind, managed);
        em.persist(district);
        return district;
    }

    /** A person as if they had signed in, assigned to the district or region given. */
    public Official person(String username, District district, Region region, Role... roles) {
        Set<Role> roleSet = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        Official official = new Official(UUID.randomUUID().toString(), username);
        official.updateFromLogin(new LoginProfile(official.getSubject(), username, username, null, roleSet,
                        null, null),
                district == null ? null : em.find(District.class, district.getId()),
                region == null ? null : em.find(Region.class, region.getId()), Instant.now());
        em.persist(official);
        return official;
    }

    /** A new person with a unique username holding {@code role}, assigned as given; returns the username. */
    public String newPerson(District district, Region region, Role... roles) {
        String username = unique("u").toLowerCase(java.util.Locale.ROOT);
        person(username, district, region, roles);
        return username;
    }

    /** A new administrator with a record, so their scope is the whole programme; returns the username. */
    public String newAdmin() {
        return newPerson(null, null, Role.ADMIN);
    }
}
