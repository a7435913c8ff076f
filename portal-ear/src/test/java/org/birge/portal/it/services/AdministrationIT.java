package org.birge.portal.it.services;

import static org.birge.portal.it.services.AuditTrail.assertRow;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.DuplicateException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What an administrator does to regions and districts: each change is saved, audited by exactly one row
 * with its actor, role and states, and keeps the audit chain intact; each refused change leaves everything
 * as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("administration-it");
    }

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

    @BeforeEach
    void signInAsAdmin() {
        audit = new AuditTrail(auditService, signIn);
        admin = fixtures.newAdmin();
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return signIn.as(admin, "admin", work);
    }

    private static LocalizedName name(String kk, String ru, String en) {
        return new LocalizedName(kk, ru, en);
    }

    private RegionRow region(long id) throws Exception {
        return asAdmin(() -> organisation.region(id));
    }

    private DistrictRow district(long id) throws Exception {
        return asAdmin(() -> organisation.districtById(id));
    }

    private void deactivate(Region region) throws Exception {
        long version = region(region.getId()).version();
        asAdmin(() -> organisation.setRegionActive(region.getId(), version, false));
    }

    private void deactivate(District district) throws Exception {
        long version = district(district.getId()).version();
        asAdmin(() -> organisation.setDistrictActive(district.getId(), version, false));
    }

    @Test
    void anAdminCreatesARegionAndADistrictWithNormalisedCodes() throws Exception {
        String regionCode = Fixtures.unique("r").toLowerCase(Locale.ROOT);
        String districtCode = Fixtures.unique("d").toLowerCase(Locale.ROOT);

        long mark = audit.mark();
        RegionRow region = asAdmin(() -> organisation.createRegion("  " + regionCode + " ",
                name("Жаңа облыс", "Новая область", "New Region")));
        String normalisedRegion = regionCode.toUpperCase(Locale.ROOT);
        assertEquals(normalisedRegion, region.code(), "code trimmed and upper-cased");
        assertEquals(List.of("Жаңа облыс", "Новая область", "New Region"),
                List.of(region.nameKk(), region.nameRu(), region.nameEn()));
        assertTrue(region.active(), "a new region is active");
        assertEquals(region, region(region.id()), "what create returns is what is stored");
        assertRow(audit.onlyRowSince(mark), "region.created", "region", region.id(), admin, "admin", null,
                List.of("code=" + normalisedRegion, "Жаңа облыс", "Новая область", "New Region", "active=true"));

        mark = audit.mark();
        DistrictRow district = asAdmin(() -> organisation.createDistrict("\t" + districtCode + "  ",
                name("Жаңа қала", "Новый город", "New Town"), DistrictKind.CITY, region.id()));
        String normalisedDistrict = districtCode.toUpperCase(Locale.ROOT);
        assertEquals(normalisedDistrict, district.code(), "code trimmed and upper-cased");
        assertEquals(DistrictKind.CITY, district.kind());
        assertEquals(region.id(), district.regionId());
        assertTrue(district.active(), "a new district is active");
        assertEquals(district, district(district.id()), "what create returns is what is stored");
        assertEquals(1, region(region.id()).districtCount(), "the region counts its new active district");
        assertRow(audit.onlyRowSince(mark), "district.created", "district", district.id(), admin, "admin", null,
                List.of("code=" + normalisedDistrict, "Жаңа қала", "Новый город", "New Town", "kind=CITY",
                        "region=" + normalisedRegion, "active=true"));
        audit.assertIntact();
    }

    @Test
    void anAdminRenamesARegionInAllThreeLanguages() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        RegionRow before = region(created.getId());

        long mark = audit.mark();
        RegionRow renamed = asAdmin(() -> organisation.renameRegion(before.id(), before.version(),
                name("  Абай облысы ", "Область Абай", "Abai Region  ")));
        assertEquals(List.of("Абай облысы", "Область Абай", "Abai Region"),
                List.of(renamed.nameKk(), renamed.nameRu(), renamed.nameEn()), "every language, trimmed");
        assertEquals(before.code(), renamed.code(), "the code never changes");
        assertTrue(renamed.version() > before.version(), "a change moves the version on");
        assertEquals(renamed, region(before.id()), "the new name is stored");
        assertRow(audit.onlyRowSince(mark), "region.renamed", "region", before.id(), admin, "admin",
                List.of(before.nameKk(), before.nameRu(), before.nameEn()),
                List.of("Абай облысы", "Область Абай", "Abai Region"));
        audit.assertIntact();
    }

    @Test
    void anAdminUpdatesADistrictsNameAndKind() throws Exception {
        Region region = fixtures.region(Fixtures.unique("R"));
        District created = fixtures.district(Fixtures.unique("D"), region);
        DistrictRow before = district(created.getId());

        long mark = audit.mark();
        DistrictRow updated = asAdmin(() -> organisation.updateDistrict(before.id(), before.version(),
                name("Таврия ауылдық округі", "Таврический сельский округ", "Tavriya Rural District"),
                DistrictKind.RURAL_DISTRICT));
        assertEquals(List.of("Таврия ауылдық округі", "Таврический сельский округ", "Tavriya Rural District"),
                List.of(updated.nameKk(), updated.nameRu(), updated.nameEn()));
        assertEquals(DistrictKind.RURAL_DISTRICT, updated.kind());
        assertEquals(updated, district(before.id()), "the change is stored");
        assertRow(audit.onlyRowSince(mark), "district.updated", "district", before.id(), admin, "admin",
                List.of(before.nameEn(), "kind=DISTRICT"),
                List.of("Tavriya Rural District", "kind=RURAL_DISTRICT"));
        audit.assertIntact();
    }

    @Test
    void anAdminDeactivatesAndReactivatesARegionAndADistrict() throws Exception {
        Region createdRegion = fixtures.region(Fixtures.unique("R"));
        District createdDistrict = fixtures.district(Fixtures.unique("D"), createdRegion);
        long regionId = createdRegion.getId();
        long districtId = createdDistrict.getId();

        long mark = audit.mark();
        long districtVersion = district(districtId).version();
        DistrictRow district = asAdmin(() -> organisation.setDistrictActive(districtId, districtVersion, false));
        assertFalse(district.active());
        assertFalse(district(districtId).active(), "the district is stored inactive");
        assertEquals(0, region(regionId).districtCount(), "an inactive district is not counted");
        assertTrue(asAdmin(() -> organisation.districts(PageRequest.of(0, 10), true, regionId)).rows().isEmpty(),
                "nor listed among the active ones");
        assertEquals(List.of(districtId), asAdmin(() -> organisation.districts(PageRequest.of(0, 10), false,
                regionId)).rows().stream().map(DistrictRow::id).toList(), "but listed among all");
        assertRow(audit.onlyRowSince(mark), "district.deactivated", "district", districtId, admin, "admin",
                List.of("active=true"), List.of("active=false"));

        mark = audit.mark();
        long regionVersion = region(regionId).version();
        RegionRow region = asAdmin(() -> organisation.setRegionActive(regionId, regionVersion, false));
        assertFalse(region.active());
        assertFalse(region(regionId).active(), "the region is stored inactive");
        assertRow(audit.onlyRowSince(mark), "region.deactivated", "region", regionId, admin, "admin",
                List.of("active=true"), List.of("active=false"));

        mark = audit.mark();
        long inactiveRegionVersion = region(regionId).version();
        region = asAdmin(() -> organisation.setRegionActive(regionId, inactiveRegionVersion, true));
        assertTrue(region.active());
        assertTrue(region(regionId).active(), "the region is stored active");
        assertRow(audit.onlyRowSince(mark), "region.activated", "region", regionId, admin, "admin",
                List.of("active=false"), List.of("active=true"));

        mark = audit.mark();
        long inactiveDistrictVersion = district(districtId).version();
        district = asAdmin(() -> organisation.setDistrictActive(districtId, inactiveDistrictVersion, true));
        assertTrue(district.active());
        assertTrue(district(districtId).active(), "the district is stored active");
        assertEquals(1, region(regionId).districtCount(), "the active district is counted again");
        assertRow(audit.onlyRowSince(mark), "district.activated", "district", districtId, admin, "admin",
                List.of("active=false"), List.of("active=true"));
        audit.assertIntact();
    }

    @Test
    void aBadCodeIsRefusedAndNothingIsSaved() throws Exception {
        Region region = fixtures.region(Fixtures.unique("R"));
        RegionRow regionBefore = region(region.getId());
        long regions = asAdmin(() -> organisation.regions(PageRequest.of(0, 1)).total());
        long districts = asAdmin(() -> organisation.districts(PageRequest.of(0, 1), false).total());
        long mark = audit.mark();

        LocalizedName name = name("Атау", "Название", "Name");
        List<String> badCodes = Arrays.asList(null, "", "   ", "A", "-AB", "AB_C", "AB C", "ÄB", "Ж1",
                "A".repeat(33), "AB;DROP");
        List<Executable> checks = new java.util.ArrayList<>();
        for (String code : badCodes) {
            checks.add(() -> assertEquals("validation.code.pattern", assertThrows(DomainException.class,
                    () -> asAdmin(() -> organisation.createRegion(code, name)), "region " + code).getMessageKey()));
            checks.add(() -> assertEquals("validation.code.pattern", assertThrows(DomainException.class,
                    () -> asAdmin(() -> organisation.createDistrict(code, name, DistrictKind.TOWN, region.getId())),
                    "district " + code).getMessageKey()));
        }
        assertAll("bad codes", checks);

        assertEquals(regions, asAdmin(() -> organisation.regions(PageRequest.of(0, 1)).total()), "no region added");
        assertEquals(districts, asAdmin(() -> organisation.districts(PageRequest.of(0, 1), false).total()),
                "no district added");
        assertEquals(regionBefore, region(region.getId()), "the region is unchanged");
        audit.assertNothingSince(mark);
        audit.assertIntact();
    }

    @Test
    void aDistrictIsNotCreatedInAnInactiveRegion() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        deactivate(created);
        RegionRow before = region(created.getId());
        String code = Fixtures.unique("D");
        long mark = audit.mark();

        DomainException refused = assertThrows(DomainException.class, () -> asAdmin(() -> organisation
                .createDistrict(code, name("Атау", "Название", "Name"), DistrictKind.DISTRICT, before.id())));
        assertEquals("org.district.regionInactive", refused.getMessageKey());
        assertEquals(List.of(before.code()), refused.getArguments());

        assertThrows(NotFoundException.class, () -> asAdmin(() -> organisation.district(code)),
                "the district was not saved");
        assertEquals(before, region(before.id()), "the region is unchanged");
        audit.assertNothingSince(mark);
    }

    @Test
    void aDistrictIsNotCreatedInAMissingRegion() throws Exception {
        String code = Fixtures.unique("D");
        long mark = audit.mark();
        assertThrows(NotFoundException.class, () -> asAdmin(() -> organisation.createDistrict(code,
                name("Атау", "Название", "Name"), DistrictKind.DISTRICT, Long.MAX_VALUE)));
        assertThrows(NotFoundException.class, () -> asAdmin(() -> organisation.district(code)));
        audit.assertNothingSince(mark);
    }

    @Test
    void aDistrictOfAnInactiveRegionIsNotReactivated() throws Exception {
        Region createdRegion = fixtures.region(Fixtures.unique("R"));
        District createdDistrict = fixtures.district(Fixtures.unique("D"), createdRegion);
        deactivate(createdDistrict);
        deactivate(createdRegion);
        DistrictRow before = district(createdDistrict.getId());
        long mark = audit.mark();

        DomainException refused = assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.setDistrictActive(before.id(), before.version(), true)));
        assertEquals("org.district.regionInactive", refused.getMessageKey());
        assertEquals(before, district(before.id()), "the district stays inactive, version unchanged");
        audit.assertNothingSince(mark);
    }

    @Test
    void deactivatingTwiceIsRefusedAndNothingChanges() throws Exception {
        Region createdRegion = fixtures.region(Fixtures.unique("R"));
        District createdDistrict = fixtures.district(Fixtures.unique("D"), createdRegion);
        deactivate(createdDistrict);
        deactivate(createdRegion);
        RegionRow region = region(createdRegion.getId());
        DistrictRow district = district(createdDistrict.getId());
        long mark = audit.mark();

        DomainException regionRefused = assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.setRegionActive(region.id(), region.version(), false)));
        assertEquals("org.region.alreadyInactive", regionRefused.getMessageKey());
        assertEquals(List.of(region.code()), regionRefused.getArguments());
        DomainException districtRefused = assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.setDistrictActive(district.id(), district.version(), false)));
        assertEquals("org.district.alreadyInactive", districtRefused.getMessageKey());

        assertEquals(region, region(region.id()), "the region is unchanged, version included");
        assertEquals(district, district(district.id()), "the district is unchanged, version included");
        audit.assertNothingSince(mark);
    }

    @Test
    void activatingAnActiveRegionIsRefused() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        RegionRow before = region(created.getId());
        long mark = audit.mark();

        DomainException refused = assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.setRegionActive(before.id(), before.version(), true)));
        assertEquals("org.region.alreadyActive", refused.getMessageKey());
        assertEquals(before, region(before.id()));
        audit.assertNothingSince(mark);
    }

    @Test
    void aDuplicateCodeIsRefusedWhateverItsCase() throws Exception {
        Region region = fixtures.region(Fixtures.unique("R"));
        District district = fixtures.district(Fixtures.unique("D"), region);
        RegionRow regionBefore = region(region.getId());
        DistrictRow districtBefore = district(district.getId());
        long regions = asAdmin(() -> organisation.regions(PageRequest.of(0, 1)).total());
        long mark = audit.mark();

        DuplicateException regionTaken = assertThrows(DuplicateException.class, () -> asAdmin(
                () -> organisation.createRegion(" " + region.getCode().toLowerCase(Locale.ROOT),
                        name("Басқа", "Другая", "Other"))));
        assertEquals("org.region.codeTaken", regionTaken.getMessageKey());
        assertEquals(List.of(region.getCode()), regionTaken.getArguments());

        DuplicateException districtTaken = assertThrows(DuplicateException.class, () -> asAdmin(
                () -> organisation.createDistrict(district.getCode().toLowerCase(Locale.ROOT),
                        name("Басқа", "Другой", "Other"), DistrictKind.TOWN, region.getId())));
        assertEquals("org.district.codeTaken", districtTaken.getMessageKey());
        assertEquals(List.of(district.getCode()), districtTaken.getArguments());

        assertEquals(regions, asAdmin(() -> organisation.regions(PageRequest.of(0, 1)).total()), "no region added");
        assertEquals(regionBefore, region(region.getId()), "the existing region is unchanged");
        assertEquals(districtBefore, district(district.getId()), "the existing district is unchanged");
        audit.assertNothingSince(mark);
    }

    @Test
    void aBlankNameIsRefusedAndNothingChanges() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        District createdDistrict = fixtures.district(Fixtures.unique("D"), created);
        RegionRow region = region(created.getId());
        DistrictRow district = district(createdDistrict.getId());
        long mark = audit.mark();

        assertEquals("validation.name.kk.required", assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.renameRegion(region.id(), region.version(),
                        name(" ", "Область", "Region"))), "a blank Kazakh name").getMessageKey());
        assertEquals("validation.name.en.required", assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.updateDistrict(district.id(), district.version(),
                        name("Аудан", "Район", ""), DistrictKind.DISTRICT)), "a blank English name").getMessageKey());
        assertEquals("validation.name.required", assertThrows(DomainException.class,
                () -> asAdmin(() -> organisation.renameRegion(region.id(), region.version(), null)), "no name")
                .getMessageKey());

        assertEquals(region, region(region.id()), "the region keeps its name and version");
        assertEquals(district, district(district.id()), "the district keeps its name and version");
        audit.assertNothingSince(mark);
    }
}
