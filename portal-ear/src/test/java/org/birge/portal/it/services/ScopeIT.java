package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OfficialService;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may see and change which record: each person reads only their own district or region, whatever
 * id or code they ask for, and only an administrator may call the administration methods.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("scope-it");
    }

    @EJB
    private OrganisationService organisation;

    @EJB
    private OfficialService officials;

    @EJB
    private AuditService auditService;

    @EJB
    private Fixtures fixtures;

    @Inject
    private TestSignIn signIn;

    private Region region;
    private Region otherRegion;
    private District district;
    private District neighbour;
    private District foreign;

    @BeforeEach
    void createOrganisation() {
        region = fixtures.region(Fixtures.unique("R"));
        otherRegion = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        neighbour = fixtures.district(Fixtures.unique("D"), region);
        foreign = fixtures.district(Fixtures.unique("D"), otherRegion);
    }

    private static List<String> codes(Page<DistrictRow> page) {
        return page.rows().stream().map(DistrictRow::code).toList();
    }

    private static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }

    @Test
    void aMayorSeesOnlyTheirOwnDistrict() throws Exception {
        String mayor = fixtures.newPerson(district, null, Role.MAYOR);

        Page<DistrictRow> theirs = signIn.as(mayor, "mayor", () -> organisation.districts(ALL, false));

        assertEquals(List.of(district.getCode()), codes(theirs));
        assertEquals(1, theirs.total());
    }

    @Test
    void aMayorOfANeighbouringDistrictCannotReadIt() throws Exception {
        String mayor = fixtures.newPerson(neighbour, null, Role.MAYOR);

        assertThrows(NotFoundException.class,
                () -> signIn.as(mayor, "mayor", () -> organisation.district(district.getCode())));
    }

    @Test
    void aProjectManagerSeesEveryRegion() throws Exception {
        String pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);

        List<String> codes = new java.util.ArrayList<>();
        Page<RegionRow> page;
        do {
            int first = codes.size();
            page = signIn.as(pm, "project-manager",
                    () -> organisation.regions(PageRequest.of(first, PageRequest.MAX_SIZE)));
            page.rows().forEach(row -> codes.add(row.code()));
        } while (!page.rows().isEmpty() && codes.size() < page.total());

        assertTrue(codes.containsAll(List.of(region.getCode(), otherRegion.getCode())), codes.toString());
    }

    @Test
    void aGovernorOfAnotherRegionReadsNothingOfThisRegion() throws Exception {
        String governor = fixtures.newPerson(null, otherRegion, Role.GOVERNOR);

        Page<DistrictRow> theirs = signIn.as(governor, "governor", () -> organisation.districts(ALL, false));
        assertEquals(List.of(foreign.getCode()), codes(theirs), "only the districts of their own region");
        assertEquals(1, theirs.total(), "the count is narrowed as well");
        assertTrue(signIn.as(governor, "governor",
                () -> organisation.districts(ALL, false, region.getId()).rows()).isEmpty(),
                "asking for this region by id gives nothing");
        assertEquals(0, signIn.as(governor, "governor",
                () -> organisation.districts(ALL, false, region.getId()).total()));
        for (District other : List.of(district, neighbour)) {
            assertThrows(NotFoundException.class,
                    () -> signIn.as(governor, "governor", () -> organisation.district(other.getCode())),
                    "a district of this region by its code");
        }

        Page<RegionRow> regions = signIn.as(governor, "governor", () -> organisation.regions(ALL));
        assertEquals(List.of(otherRegion.getCode()), regions.rows().stream().map(RegionRow::code).toList(),
                "only their own region");
        assertEquals(1, regions.total());
    }

    @Test
    void aGovernorSeesTheirOwnRegionWithItsDistricts() throws Exception {
        String governor = fixtures.newPerson(null, region, Role.GOVERNOR);

        assertEquals(sorted(district.getCode(), neighbour.getCode()),
                codes(signIn.as(governor, "governor", () -> organisation.districts(ALL, false))));
        assertEquals(district.getCode(),
                signIn.as(governor, "governor", () -> organisation.district(district.getCode())).code());
        List<RegionRow> regions = signIn.as(governor, "governor", () -> organisation.regions(ALL).rows());
        assertEquals(1, regions.size());
        assertEquals(region.getCode(), regions.get(0).code());
        assertEquals(2, regions.get(0).districtCount(), "with the count of its active districts");
    }

    @Test
    void aResidentSeesOnlyTheirDistrict() throws Exception {
        String resident = fixtures.newPerson(district, null, Role.RESIDENT);

        Page<DistrictRow> page = signIn.as(resident, "resident", () -> organisation.districts(ALL, false));
        assertEquals(List.of(district.getCode()), codes(page));
        assertEquals(1, page.total());
        assertTrue(signIn.as(resident, "resident",
                () -> organisation.districts(ALL, false, otherRegion.getId()).rows()).isEmpty());
        assertEquals(district.getCode(),
                signIn.as(resident, "resident", () -> organisation.district(district.getCode())).code());
        for (District other : List.of(neighbour, foreign)) {
            assertThrows(NotFoundException.class,
                    () -> signIn.as(resident, "resident", () -> organisation.district(other.getCode())));
        }
        assertThrows(EJBAccessException.class,
                () -> signIn.as(resident, "resident", () -> organisation.regions(ALL)), "no region list");
    }

    @Test
    void aMayorCannotListRegions() {
        String mayor = fixtures.newPerson(district, null, Role.MAYOR);
        assertThrows(EJBAccessException.class, () -> signIn.as(mayor, "mayor", () -> organisation.regions(ALL)));
    }

    /** A trainer works across districts on training only; the organisation's records are closed to them. */
    @Test
    void aTrainerReadsNoDistrictOrRegion() {
        String trainer = fixtures.newPerson(null, null, Role.TRAINER);
        assertAll(
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(trainer, "trainer", () -> organisation.districts(ALL, false))),
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(trainer, "trainer", () -> organisation.districts(ALL, false, region.getId()))),
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(trainer, "trainer", () -> organisation.district(district.getCode()))),
                () -> assertThrows(EJBAccessException.class,
                        () -> signIn.as(trainer, "trainer", () -> organisation.regions(ALL))));
    }

    /**
     * People whose records give them no place see empty lists: a trainer who is also a resident (their
     * primary role, trainer, has no district), a mayor and a resident not assigned to a district, a
     * governor not assigned to a region, and someone signed in who has no record yet.
     */
    @Test
    void peopleWithoutAPlaceSeeEmptyPages() throws Exception {
        Map<String, String> people = new LinkedHashMap<>();
        people.put(fixtures.newPerson(district, null, Role.TRAINER, Role.RESIDENT), "trainer,resident");
        people.put(fixtures.newPerson(null, null, Role.MAYOR), "mayor");
        people.put(fixtures.newPerson(null, null, Role.RESIDENT), "resident");
        people.put(fixtures.newPerson(null, null, Role.GOVERNOR), "governor");
        people.put(Fixtures.unique("unprovisioned").toLowerCase(java.util.Locale.ROOT), "mayor");

        List<Executable> checks = new ArrayList<>();
        people.forEach((username, roles) -> {
            checks.add(() -> {
                Page<DistrictRow> page = signIn.as(username, roles, () -> organisation.districts(ALL, false));
                assertTrue(page.rows().isEmpty(), () -> roles + " sees " + codes(page));
                assertEquals(0, page.total(), roles);
            });
            checks.add(() -> assertThrows(NotFoundException.class,
                    () -> signIn.as(username, roles, () -> organisation.district(district.getCode())), roles));
        });
        String governor = people.entrySet().stream().filter(e -> e.getValue().equals("governor")).findFirst()
                .orElseThrow().getKey();
        checks.add(() -> {
            Page<RegionRow> regions = signIn.as(governor, "governor", () -> organisation.regions(ALL));
            assertTrue(regions.rows().isEmpty(), "a governor without a region sees no region");
            assertEquals(0, regions.total());
        });
        assertAll("people without a place", checks);
    }

    /** Every administration method, called by every role but the administrator's, is refused. */
    @Test
    void onlyAnAdministratorMayCallTheAdministrationMethods() throws Exception {
        String admin = fixtures.newAdmin();
        RegionRow regionBefore = signIn.as(admin, "admin", () -> organisation.region(region.getId()));
        DistrictRow districtBefore = signIn.as(admin, "admin", () -> organisation.districtById(district.getId()));
        long regionCount = signIn.as(admin, "admin", () -> organisation.regions(ALL).total());
        AuditTrail audit = new AuditTrail(auditService, signIn);
        long mark = audit.mark();
        String newRegionCode = Fixtures.unique("R");
        String newDistrictCode = Fixtures.unique("D");
        LocalizedName name = new LocalizedName("Басып алу", "Захват", "Takeover");
        long regionVersion = regionBefore.version();
        long districtVersion = districtBefore.version();

        Map<String, Callable<?>> methods = new LinkedHashMap<>();
        methods.put("createRegion", () -> organisation.createRegion(newRegionCode, name));
        methods.put("renameRegion", () -> organisation.renameRegion(region.getId(), regionVersion, name));
        methods.put("setRegionActive", () -> organisation.setRegionActive(region.getId(), regionVersion, false));
        methods.put("createDistrict",
                () -> organisation.createDistrict(newDistrictCode, name, DistrictKind.TOWN, region.getId()));
        methods.put("updateDistrict",
                () -> organisation.updateDistrict(district.getId(), districtVersion, name, DistrictKind.TOWN));
        methods.put("setDistrictActive",
                () -> organisation.setDistrictActive(district.getId(), districtVersion, false));
        methods.put("districtById", () -> organisation.districtById(district.getId()));
        methods.put("region", () -> organisation.region(region.getId()));
        methods.put("activeRegions", () -> organisation.activeRegions());
        methods.put("officials", () -> officials.officials(ALL, null));
        methods.put("audit.verify", () -> auditService.verify());

        // Each role as someone it could be: in this district or region, so only the role is wrong.
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("mayor", fixtures.newPerson(district, null, Role.MAYOR));
        roles.put("governor", fixtures.newPerson(null, region, Role.GOVERNOR));
        roles.put("resident", fixtures.newPerson(district, null, Role.RESIDENT));
        roles.put("trainer", fixtures.newPerson(null, null, Role.TRAINER));
        roles.put("project-manager", fixtures.newPerson(null, null, Role.PROJECT_MANAGER));

        List<Executable> matrix = new ArrayList<>();
        roles.forEach((role, username) -> methods.forEach((method, call) -> matrix.add(
                () -> assertThrows(EJBAccessException.class, () -> signIn.as(username, role, call),
                        role + " calling " + method))));
        assertAll("role x administration method", matrix);

        assertEquals(regionBefore, signIn.as(admin, "admin", () -> organisation.region(region.getId())),
                "the region is unchanged");
        assertEquals(districtBefore, signIn.as(admin, "admin", () -> organisation.districtById(district.getId())),
                "the district is unchanged");
        assertThrows(NotFoundException.class,
                () -> signIn.as(admin, "admin", () -> organisation.district(newDistrictCode)), "no district created");
        assertEquals(regionCount, signIn.as(admin, "admin", () -> organisation.regions(ALL).total()),
                "no region created");
        audit.assertNothingSince(mark);
    }

    /** The matrix above must not pass because nobody may call these methods: the administrator may. */
    @Test
    void theAdministratorMayCallThem() throws Exception {
        String admin = fixtures.newAdmin();
        assertEquals(region.getCode(), signIn.as(admin, "admin", () -> organisation.region(region.getId())).code());
        assertEquals(district.getCode(),
                signIn.as(admin, "admin", () -> organisation.districtById(district.getId())).code());
        List<RegionRow> active = signIn.as(admin, "admin", () -> organisation.activeRegions());
        assertTrue(!active.isEmpty() && active.stream().allMatch(RegionRow::active), "the active regions");
        assertTrue(signIn.as(admin, "admin", () -> officials.officials(ALL, admin)).total() >= 1);
        assertTrue(signIn.as(admin, "admin", () -> auditService.verify()).intact());
    }
}
