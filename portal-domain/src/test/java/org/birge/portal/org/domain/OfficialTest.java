package org.birge.portal.org.domain;

import static org.birge.portal.org.domain.OrgFixtures.district;
import static org.birge.portal.org.domain.OrgFixtures.region;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.birge.portal.shared.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialTest {

    private static final Instant LOGIN = Instant.parse("2025-03-01T08:15:30Z");

    private final Region east = region(1000L, "EKR");
    private final District zaisan = district(2000L, "ZAISAN", east);

    private static LoginProfile profile(Set<Role> roles) {
        return new LoginProfile("sub-1", "a.akimov", "Aidos Akimov", "a.akimov@example.kz", roles, "ZAISAN", "EKR");
    }

    private static LoginProfile profile(Role... roles) {
        return profile(roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    private static LoginProfile profileNamed(String displayName, String email) {
        return new LoginProfile("sub-1", "a.akimov", displayName, email, Set.of(Role.MAYOR), "ZAISAN", "EKR");
    }

    private static Official official() {
        return new Official("sub-1", "a.akimov");
    }

    private Official loggedIn(Role... roles) {
        Official official = official();
        official.updateFromLogin(profile(roles), zaisan, east, LOGIN);
        return official;
    }

    // --- creation ---

    @Test
    void aNewOfficialIsAddressedByUsernameInRussianWithoutRolesOrPlace() {
        Official official = official();

        assertEquals("sub-1", official.getSubject());
        assertEquals("a.akimov", official.getUsername());
        assertEquals("a.akimov", official.getDisplayName());
        assertEquals(Language.RU, official.getLanguage());
        assertEquals(Set.of(), official.getRoles());
        assertNull(official.getDistrict());
        assertNull(official.getRegion());
        assertNull(official.getLastLoginAt());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anOfficialNeedsASubject(String subject) {
        assertRefused("org.official.subjectInvalid", () -> new Official(subject, "a.akimov"));
    }

    @Test
    void theSubjectMayNotBeLongerThanItsColumn() {
        String longest = "s".repeat(Official.SUBJECT_LENGTH);

        assertEquals(longest, new Official(longest, "a.akimov").getSubject());
        assertRefused("org.official.subjectInvalid", () -> new Official(longest + "s", "a.akimov"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anOfficialNeedsAUsername(String username) {
        assertRefused("org.official.usernameInvalid", () -> new Official("sub-1", username));
    }

    @Test
    void theUsernameMayNotBeLongerThanItsColumn() {
        String longest = "u".repeat(Official.USERNAME_LENGTH);

        assertEquals(longest, new Official("sub-1", longest).getUsername());
        assertRefused("org.official.usernameInvalid", () -> new Official("sub-1", longest + "u"));
    }

    @Test
    void chooseLanguageChangesTheLanguage() {
        Official official = official();

        official.chooseLanguage(Language.KK);

        assertEquals(Language.KK, official.getLanguage());
    }

    @Test
    void chooseLanguageNeedsALanguage() {
        Official official = official();

        assertThrows(NullPointerException.class, () -> official.chooseLanguage(null));
        assertEquals(Language.RU, official.getLanguage());
    }

    // --- what a login takes over ---

    @Test
    void aLoginTakesOverUsernameNameEmailRolesAndTime() {
        Official official = official();
        LoginProfile profile = new LoginProfile("sub-1", "aidos.akimov", "Aidos Akimov", "aidos@example.kz",
                Set.of(Role.TRAINER, Role.RESIDENT), null, null);

        official.updateFromLogin(profile, null, null, LOGIN);

        assertEquals("aidos.akimov", official.getUsername());
        assertEquals("Aidos Akimov", official.getDisplayName());
        assertEquals("aidos@example.kz", official.getEmail());
        assertEquals(Set.of(Role.TRAINER, Role.RESIDENT), official.getRoles());
        assertEquals(LOGIN, official.getLastLoginAt());
        assertEquals("sub-1", official.getSubject());
    }

    @Test
    void aLoginWithAnInvalidUsernameIsRefusedAndChangesNothing() {
        Official official = loggedIn(Role.MAYOR);
        LoginProfile invalid = new LoginProfile("sub-1", " ", "Other", "other@example.kz", Set.of(Role.ADMIN),
                null, null);

        assertRefused("org.official.usernameInvalid",
                () -> official.updateFromLogin(invalid, null, null, LOGIN.plusSeconds(60)));
        assertEquals("a.akimov", official.getUsername());
        assertEquals("Aidos Akimov", official.getDisplayName());
        assertEquals(Set.of(Role.MAYOR), official.getRoles());
        assertSame(zaisan, official.getDistrict());
        assertEquals(LOGIN, official.getLastLoginAt());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void withoutADisplayNameTheUsernameIsShown(String displayName) {
        Official official = official();

        official.updateFromLogin(profileNamed(displayName, null), zaisan, null, LOGIN);

        assertEquals("a.akimov", official.getDisplayName());
    }

    @Test
    void aDisplayNameOfTheColumnLengthIsKept() {
        String longest = "N".repeat(Official.NAME_LENGTH);
        Official official = official();

        official.updateFromLogin(profileNamed(longest, null), zaisan, null, LOGIN);

        assertEquals(longest, official.getDisplayName());
    }

    @Test
    void anOverLongDisplayNameIsCutToTheColumnLength() {
        String name = "A".repeat(Official.NAME_LENGTH) + "overflow";
        Official official = official();

        official.updateFromLogin(profileNamed(name, null), zaisan, null, LOGIN);

        assertEquals("A".repeat(Official.NAME_LENGTH), official.getDisplayName());
    }

    @Test
    void anOverLongEmailIsCutToTheColumnLength() {
        String email = "e".repeat(Official.EMAIL_LENGTH) + "@example.kz";
        Official official = official();

        official.updateFromLogin(profileNamed("Aidos", email), zaisan, null, LOGIN);

        assertEquals("e".repeat(Official.EMAIL_LENGTH), official.getEmail());
    }

    @Test
    void anEmailThatTheTokenNoLongerCarriesIsForgotten() {
        Official official = loggedIn(Role.MAYOR);

        official.updateFromLogin(profileNamed("Aidos", null), zaisan, null, LOGIN);

        assertNull(official.getEmail());
    }

    @Test
    void aLoginReplacesTheRolesInsteadOfAddingToThem() {
        Official official = loggedIn(Role.ADMIN, Role.TRAINER);

        official.updateFromLogin(profile(Role.RESIDENT), zaisan, east, LOGIN);

        assertEquals(Set.of(Role.RESIDENT), official.getRoles());
    }

    @Test
    void theRolesOfAnOfficialCannotBeChangedFromOutside() {
        Official official = loggedIn(Role.MAYOR);

        assertThrows(UnsupportedOperationException.class, () -> official.getRoles().add(Role.ADMIN));
    }

    // --- the place follows the primary role ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MAYOR", "RESIDENT"})
    void aMayorOrResidentIsAssignedTheClaimedDistrictAndNoRegion(Role role) {
        Official official = loggedIn(role);

        assertSame(zaisan, official.getDistrict());
        assertNull(official.getRegion());
    }

    @Test
    void aGovernorIsAssignedTheClaimedRegionAndNoDistrict() {
        Official official = loggedIn(Role.GOVERNOR);

        assertSame(east, official.getRegion());
        assertNull(official.getDistrict());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "PROJECT_MANAGER", "TRAINER"})
    void othersAreAssignedNoPlaceWhateverTheTokenClaims(Role role) {
        Official official = loggedIn(role);

        assertNull(official.getDistrict());
        assertNull(official.getRegion());
    }

    @Test
    void someoneWithoutRolesIsAssignedNoPlace() {
        Official official = loggedIn();

        assertNull(official.getDistrict());
        assertNull(official.getRegion());
    }

    @Test
    void aGovernorWhoIsAlsoAMayorIsAssignedAsGovernor() {
        Official official = loggedIn(Role.GOVERNOR, Role.MAYOR);

        assertSame(east, official.getRegion());
        assertNull(official.getDistrict());
    }

    @Test
    void aTrainerWhoIsAlsoAResidentIsAssignedNoPlace() {
        Official official = loggedIn(Role.TRAINER, Role.RESIDENT);

        assertNull(official.getDistrict());
        assertNull(official.getRegion());
    }

    @Test
    void aMayorWhoseTokenClaimsNoDistrictIsAssignedNone() {
        Official official = official();

        official.updateFromLogin(profile(Role.MAYOR), null, east, LOGIN);

        assertNull(official.getDistrict());
        assertNull(official.getRegion());
    }

    @Test
    void losingTheMayorRoleClearsTheDistrict() {
        Official official = loggedIn(Role.MAYOR);

        official.updateFromLogin(profile(Role.TRAINER), zaisan, east, LOGIN);

        assertNull(official.getDistrict());
    }

    @Test
    void becomingGovernorMovesTheAssignmentFromDistrictToRegion() {
        Official official = loggedIn(Role.MAYOR);

        official.updateFromLogin(profile(Role.GOVERNOR), zaisan, east, LOGIN);

        assertNull(official.getDistrict());
        assertSame(east, official.getRegion());
    }

    // --- primary role ---

    static Stream<Arguments> precedence() {
        return Stream.of(
                Arguments.of(EnumSet.allOf(Role.class), Role.ADMIN),
                Arguments.of(EnumSet.of(Role.RESIDENT, Role.ADMIN), Role.ADMIN),
                Arguments.of(EnumSet.of(Role.RESIDENT, Role.TRAINER, Role.MAYOR, Role.GOVERNOR, Role.PROJECT_MANAGER),
                        Role.PROJECT_MANAGER),
                Arguments.of(EnumSet.of(Role.PROJECT_MANAGER, Role.GOVERNOR), Role.PROJECT_MANAGER),
                Arguments.of(EnumSet.of(Role.RESIDENT, Role.TRAINER, Role.MAYOR, Role.GOVERNOR), Role.GOVERNOR),
                Arguments.of(EnumSet.of(Role.GOVERNOR, Role.MAYOR), Role.GOVERNOR),
                Arguments.of(EnumSet.of(Role.RESIDENT, Role.TRAINER, Role.MAYOR), Role.MAYOR),
                Arguments.of(EnumSet.of(Role.MAYOR, Role.TRAINER), Role.MAYOR),
                Arguments.of(EnumSet.of(Role.RESIDENT, Role.TRAINER), Role.TRAINER),
                Arguments.of(EnumSet.of(Role.RESIDENT), Role.RESIDENT));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("precedence")
    void thePrimaryRoleIsTheRoleOfHighestPrecedence(Set<Role> roles, Role expected) {
        Official official = official();

        official.updateFromLogin(profile(roles), zaisan, east, LOGIN);

        assertEquals(Optional.of(expected), official.primaryRole());
    }

    @Test
    void someoneWithoutRolesHasNoPrimaryRole() {
        assertEquals(Optional.empty(), official().primaryRole());
        assertEquals(Optional.empty(), loggedIn().primaryRole());
    }

    @Test
    void hasRoleTellsEachRoleHeld() {
        Official official = loggedIn(Role.MAYOR, Role.TRAINER);

        assertTrue(official.hasRole(Role.MAYOR));
        assertTrue(official.hasRole(Role.TRAINER));
        assertFalse(official.hasRole(Role.ADMIN));
        assertFalse(official.hasRole(Role.RESIDENT));
    }

    // --- scope ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "PROJECT_MANAGER"})
    void adminsAndProjectManagersSeeTheWholeProgramme(Role role) {
        assertEquals(Scope.programme(), loggedIn(role).scope());
    }

    @Test
    void aGovernorSeesTheRegion() {
        assertEquals(Scope.region(1000L), loggedIn(Role.GOVERNOR).scope());
    }

    @Test
    void aGovernorWithoutRegionSeesNothing() {
        Official official = official();

        official.updateFromLogin(profile(Role.GOVERNOR), zaisan, null, LOGIN);

        assertEquals(Scope.none(), official.scope());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MAYOR", "RESIDENT"})
    void aMayorOrResidentSeesTheDistrictAndKnowsItsRegion(Role role) {
        assertEquals(Scope.district(2000L, 1000L), loggedIn(role).scope());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MAYOR", "RESIDENT"})
    void aMayorOrResidentWithoutDistrictSeesNothing(Role role) {
        Official official = official();

        official.updateFromLogin(profile(role), null, east, LOGIN);

        assertEquals(Scope.none(), official.scope());
    }

    @Test
    void aTrainerSeesNothingThroughScope() {
        assertEquals(Scope.none(), loggedIn(Role.TRAINER).scope());
    }

    @Test
    void someoneWithoutRolesSeesNothing() {
        assertEquals(Scope.none(), official().scope());
        assertEquals(Scope.none(), loggedIn().scope());
    }

    @Test
    void theScopeFollowsThePrimaryRoleNotTheOthers() {
        assertEquals(Scope.programme(), loggedIn(Role.ADMIN, Role.MAYOR).scope());
        assertEquals(Scope.region(1000L), loggedIn(Role.GOVERNOR, Role.RESIDENT).scope());
        assertEquals(Scope.district(2000L, 1000L), loggedIn(Role.MAYOR, Role.TRAINER).scope());
    }

    // --- a self-registered resident chooses their district once ---

    private Official selfRegisteredResident() {
        Official official = official();
        official.updateFromLogin(profile(Role.RESIDENT), null, null, LOGIN);
        return official;
    }

    @Test
    void aResidentWithoutDistrictClaimChoosesTheirDistrictAndSeesIt() {
        Official official = selfRegisteredResident();

        official.chooseDistrict(zaisan);

        assertSame(zaisan, official.getDistrict());
        assertEquals(Scope.district(2000L, 1000L), official.scope());
    }

    @Test
    void theChosenDistrictIsKeptAcrossLoginsWhoseTokenNamesNone() {
        Official official = selfRegisteredResident();
        official.chooseDistrict(zaisan);

        official.updateFromLogin(profile(Role.RESIDENT), null, null, LOGIN.plusSeconds(3600));

        assertSame(zaisan, official.getDistrict());
    }

    @Test
    void aDistrictClaimOfTheTokenStillWinsOverTheChosenOne() {
        Official official = selfRegisteredResident();
        official.chooseDistrict(zaisan);
        District tavriya = district(2001L, "TAVRIYA", east);

        official.updateFromLogin(profile(Role.RESIDENT), tavriya, null, LOGIN);

        assertSame(tavriya, official.getDistrict());
    }

    @Test
    void aMayorWithoutDistrictClaimLosesTheDistrict() {
        Official official = loggedIn(Role.MAYOR);

        official.updateFromLogin(profile(Role.MAYOR), null, null, LOGIN);

        assertNull(official.getDistrict());
    }

    @Test
    void aResidentWhoBecomesAnAdminKeepsNoDistrict() {
        Official official = selfRegisteredResident();
        official.chooseDistrict(zaisan);

        official.updateFromLogin(profile(Role.ADMIN), null, null, LOGIN);

        assertNull(official.getDistrict());
    }

    @Test
    void theDistrictIsChosenOnlyOnce() {
        Official official = selfRegisteredResident();
        official.chooseDistrict(zaisan);

        assertRefused("org.official.districtAlreadyChosen",
                () -> official.chooseDistrict(district(2001L, "TAVRIYA", east)));
        assertSame(zaisan, official.getDistrict());
    }

    @Test
    void aResidentWithADistrictClaimCannotChooseAnother() {
        Official official = loggedIn(Role.RESIDENT);

        assertRefused("org.official.districtAlreadyChosen", () -> official.chooseDistrict(zaisan));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "PROJECT_MANAGER", "GOVERNOR", "MAYOR", "TRAINER"})
    void onlyResidentsChooseTheirDistrict(Role role) {
        Official official = official();
        official.updateFromLogin(profile(role), null, null, LOGIN);

        assertRefused("org.official.districtChoiceResidentsOnly", () -> official.chooseDistrict(zaisan));
    }

    @Test
    void anInactiveOrMissingDistrictCannotBeChosen() {
        Official official = selfRegisteredResident();
        District closed = district(2002L, "CLOSED", east);
        closed.deactivate();

        assertRefused("org.official.districtRequired", () -> official.chooseDistrict(closed));
        assertRefused("org.official.districtRequired", () -> official.chooseDistrict(null));
        assertNull(official.getDistrict());
    }
}
