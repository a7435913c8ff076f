package org.birge.portal.it.services;

import static org.birge.portal.it.services.AuditTrail.assertRow;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.LoginProfile;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OfficialRow;
import org.birge.portal.org.service.OfficialService;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.ProvisioningService;
import org.birge.portal.org.service.UserProfile;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A person's record follows their token at every login: created at the first, updated at the next, audited
 * when their name, roles or place change and not otherwise, placed in a district only as a mayor or resident
 * and in a region only as a governor, and only ever from their own login.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("provisioning-it");
    }

    @EJB
    private ProvisioningService provisioning;

    @EJB
    private OfficialService officials;

    @EJB
    private OrganisationService organisation;

    @EJB
    private AuditService auditService;

    @EJB
    private Fixtures fixtures;

    @Inject
    private TestSignIn signIn;

    private AuditTrail audit;
    private String admin;
    private Region region;
    private District district;
    private District otherDistrict;

    @BeforeEach
    void createOrganisation() {
        audit = new AuditTrail(auditService, signIn);
        admin = fixtures.newAdmin();
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        otherDistrict = fixtures.district(Fixtures.unique("D"), region);
    }

    private static String newUsername() {
        return Fixtures.unique("login").toLowerCase(Locale.ROOT);
    }

    private static LoginProfile profile(String subject, String username, String name, Set<Role> roles,
                                        String districtCode, String regionCode) {
        return new LoginProfile(subject, username, name, username + "@example.kz", roles, districtCode, regionCode);
    }

    private static String roleNames(Set<Role> roles) {
        return String.join(",", roles.stream().map(Role::roleName).toList());
    }

    private UserProfile provision(LoginProfile profile) throws Exception {
        return signIn.as(profile.username(), roleNames(profile.roles()), () -> provisioning.provision(profile));
    }

    /** The person as the administrators' list shows them, if there is such a person. */
    private Optional<OfficialRow> official(String username) throws Exception {
        return signIn.as(admin, "admin", () -> officials.officials(PageRequest.of(0, 10), username)).rows().stream()
                .filter(row -> row.username().equals(username)).findFirst();
    }

    @Test
    void theFirstLoginCreatesThePersonInTheirDistrict() throws Exception {
        String username = newUsername();
        long mark = audit.mark();

        UserProfile profile = provision(profile(UUID.randomUUID().toString(), username, "Айнұр Сұлтан",
                Set.of(Role.MAYOR), district.getCode(), region.getCode()));

        assertEquals(username, profile.username());
        assertEquals("Айнұр Сұлтан", profile.displayName());
        assertEquals(Role.MAYOR, profile.primaryRole());
        assertEquals(district.getCode(), profile.placeCode(), "a mayor's place is their district");
        OfficialRow row = official(username).orElseThrow(() -> new AssertionError("no record for " + username));
        assertEquals(Set.of(Role.MAYOR), row.roles());
        assertEquals(district.getCode(), row.districtCode());
        assertNull(row.regionCode(), "a mayor is placed through their district, not in a region");
        assertRow(audit.onlyRowSince(mark), "official.provisioned", "official", row.id(), username, "mayor", null,
                List.of(username, "Айнұр Сұлтан", "MAYOR", district.getCode()));

        DistrictRow own = signIn.as(username, "mayor", () -> organisation.district(district.getCode()));
        assertEquals(district.getCode(), own.code(), "the new record gives them their district's scope");
        audit.assertIntact();
    }

    @Test
    void aChosenLanguageIsKeptForTheNextLoginAndAuditedOnlyWhenItChanges() throws Exception {
        String username = newUsername();
        LoginProfile login = profile(UUID.randomUUID().toString(), username, "Сауле Ахметова", Set.of(Role.MAYOR),
                district.getCode(), null);
        provision(login);
        long id = official(username).orElseThrow().id();
        long mark = audit.mark();

        signIn.as(username, "mayor", () -> {
            provisioning.chooseLanguage(Language.KK);
            return null;
        });
        signIn.as(username, "mayor", () -> {
            provisioning.chooseLanguage(Language.KK);
            return null;
        });

        assertEquals(Language.KK, provision(login).language(), "the next login comes back in Kazakh");
        assertRow(audit.onlyRowSince(mark), "official.languageChosen", "official", id, username, "mayor",
                List.of("ru"), List.of("kk"));
    }

    @Test
    void aPlainReLoginWritesNoAuditRow() throws Exception {
        String subject = UUID.randomUUID().toString();
        String username = newUsername();
        LoginProfile login = profile(subject, username, "Бақыт Омарова", Set.of(Role.RESIDENT), district.getCode(),
                null);
        provision(login);
        OfficialRow first = official(username).orElseThrow();
        long mark = audit.mark();

        UserProfile again = provision(login);

        assertEquals(district.getCode(), again.placeCode());
        OfficialRow second = official(username).orElseThrow();
        assertEquals(first.id(), second.id(), "the same record, not a second one");
        assertTrue(second.lastLoginAt().isAfter(first.lastLoginAt()), "the login itself is recorded");
        audit.assertNothingSince(mark);
    }

    @Test
    void aLaterLoginTakesOverNameRolesAndDistrictAndIsAudited() throws Exception {
        String subject = UUID.randomUUID().toString();
        String username = newUsername();
        provision(profile(subject, username, "Марат Тохтаров", Set.of(Role.MAYOR), district.getCode(), null));
        long id = official(username).orElseThrow().id();

        long mark = audit.mark();
        provision(profile(subject, username, "Марат Тохтаров-Али", Set.of(Role.MAYOR), district.getCode(), null));
        assertEquals("Марат Тохтаров-Али", official(username).orElseThrow().displayName());
        assertRow(audit.onlyRowSince(mark), "official.updatedFromLogin", "official", id, username, "mayor",
                List.of("name=Марат Тохтаров,"), List.of("name=Марат Тохтаров-Али"));

        mark = audit.mark();
        provision(profile(subject, username, "Марат Тохтаров-Али", Set.of(Role.MAYOR), otherDistrict.getCode(), null));
        assertEquals(otherDistrict.getCode(), official(username).orElseThrow().districtCode());
        assertRow(audit.onlyRowSince(mark), "official.updatedFromLogin", "official", id, username, "mayor",
                List.of("district=" + district.getCode()), List.of("district=" + otherDistrict.getCode()));

        mark = audit.mark();
        UserProfile governor = provision(profile(subject, username, "Марат Тохтаров-Али", Set.of(Role.GOVERNOR),
                otherDistrict.getCode(), region.getCode()));
        assertEquals(Role.GOVERNOR, governor.primaryRole());
        assertEquals(region.getCode(), governor.placeCode(), "a governor's place is their region");
        OfficialRow row = official(username).orElseThrow();
        assertEquals(Set.of(Role.GOVERNOR), row.roles());
        assertNull(row.districtCode(), "a governor is in no district");
        assertEquals(region.getCode(), row.regionCode());
        assertRow(audit.onlyRowSince(mark), "official.updatedFromLogin", "official", id, username, "governor",
                List.of("MAYOR", "district=" + otherDistrict.getCode()),
                List.of("GOVERNOR", "district=-", "region=" + region.getCode()));
        audit.assertIntact();
    }

    /** Whatever places the token claims, a person gets the one their primary role has, or none. */
    @Test
    void thePlaceFollowsThePrimaryRole() throws Exception {
        record Case(Set<Role> roles, String district, String region) {
        }
        List<Case> cases = List.of(
                new Case(Set.of(Role.MAYOR), district.getCode(), null),
                new Case(Set.of(Role.RESIDENT), district.getCode(), null),
                new Case(Set.of(Role.GOVERNOR), null, region.getCode()),
                new Case(Set.of(Role.ADMIN), null, null),
                new Case(Set.of(Role.PROJECT_MANAGER), null, null),
                new Case(Set.of(Role.TRAINER), null, null),
                new Case(Set.of(Role.TRAINER, Role.RESIDENT), null, null),
                new Case(Set.of(Role.GOVERNOR, Role.MAYOR), null, region.getCode()));
        List<Executable> checks = new ArrayList<>();
        for (Case expected : cases) {
            checks.add(() -> {
                String username = newUsername();
                provision(profile(UUID.randomUUID().toString(), username, username, expected.roles(),
                        district.getCode(), region.getCode()));
                OfficialRow row = official(username).orElseThrow();
                assertEquals(expected.district(), row.districtCode(), () -> expected.roles() + ": district");
                assertEquals(expected.region(), row.regionCode(), () -> expected.roles() + ": region");
            });
        }
        assertAll("place by role", checks);
    }

    @Test
    void nobodyIsProvisionedFromSomeoneElsesLogin() throws Exception {
        String caller = newUsername();
        String victim = newUsername();
        long mark = audit.mark();

        assertThrows(EJBAccessException.class, () -> signIn.as(caller, "resident",
                () -> provisioning.provision(profile(UUID.randomUUID().toString(), victim, "Victim",
                        Set.of(Role.ADMIN), null, null))));

        assertTrue(official(victim).isEmpty(), "no record for the other person");
        assertTrue(official(caller).isEmpty(), "nor for the caller");
        audit.assertNothingSince(mark);
    }

    /**
     * A second identity-provider account that carries a username already taken (an account deleted and
     * created again, say) must not take over the first person's record, roles and place.
     */
    @Test
    void aNewAccountWithATakenUsernameDoesNotTakeOverTheRecord() throws Exception {
        String username = newUsername();
        provision(profile(UUID.randomUUID().toString(), username, "First", Set.of(Role.MAYOR), district.getCode(),
                null));
        OfficialRow before = official(username).orElseThrow();
        long mark = audit.mark();

        PortalException refused = assertThrows(PortalException.class, () -> provision(profile(
                UUID.randomUUID().toString(), username, "Second", Set.of(Role.ADMIN), null, null)));
        assertEquals("org.official.usernameTaken", refused.getMessageKey());

        OfficialRow after = official(username).orElseThrow();
        assertEquals(before.id(), after.id());
        assertEquals(before.roles(), after.roles(), "the roles stay the first account's");
        assertEquals(before.districtCode(), after.districtCode());
        assertEquals("First", after.displayName());
        audit.assertNothingSince(mark);
    }

    @Test
    void anUnknownDistrictCodeLeavesThePersonWithoutADistrict() throws Exception {
        String username = newUsername();

        UserProfile profile = provision(profile(UUID.randomUUID().toString(), username, username,
                Set.of(Role.RESIDENT), Fixtures.unique("NO-SUCH"), null));

        assertNull(profile.placeCode());
        OfficialRow row = official(username).orElseThrow();
        assertNull(row.districtCode());
        assertTrue(signIn.as(username, "resident", () -> organisation.districts(PageRequest.of(0, 10), false))
                .rows().isEmpty(), "and so without any district's data");
    }

    /**
     * A self-registered resident (no district in the token) chooses their district once on their home page;
     * it is kept at the next login whose token names none, and a second choice is refused.
     */
    @Test
    void aSelfRegisteredResidentChoosesTheirDistrictOnceAndKeepsIt() throws Exception {
        String username = newUsername();
        String subject = UUID.randomUUID().toString();
        assertNull(provision(profile(subject, username, username, Set.of(Role.RESIDENT), null, null)).placeCode());

        UserProfile chosen = signIn.as(username, "resident", () -> provisioning.chooseDistrict(district.getId()));
        assertEquals(district.getCode(), chosen.placeCode());
        assertEquals(district.getCode(), provision(profile(subject, username, username, Set.of(Role.RESIDENT), null,
                null)).placeCode(), "kept at the next login");
        assertEquals(district.getCode(), official(username).orElseThrow().districtCode());

        org.birge.portal.shared.domain.DomainException again = assertThrows(
                org.birge.portal.shared.domain.DomainException.class,
                () -> signIn.as(username, "resident", () -> provisioning.chooseDistrict(district.getId())));
        assertEquals("org.official.districtAlreadyChosen", again.getMessageKey());
    }
}
