package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation services' data scope: each person sees their own district, region or programme. */
@ExtendWith(ArquillianExtension.class)
class OrganisationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("organisation-it");
    }

    @EJB
    private OrganisationService organisation;

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

    private String person(District of, Region in, Role role) {
        String username = Fixtures.unique("u").toLowerCase();
        fixtures.person(username, of, in, role);
        return username;
    }

    @Test
    void aMayorSeesOnlyTheirOwnDistrict() throws Exception {
        String mayor = person(district, null, Role.MAYOR);
        List<DistrictRow> rows = signIn.as(mayor, "mayor",
                () -> organisation.districts(PageRequest.of(0, 50), false).rows());
        assertEquals(List.of(district.getCode()), rows.stream().map(DistrictRow::code).toList());
    }

    @Test
    void aMayorOfAnotherDistrictCannotReadIt() throws Exception {
        String mayor = person(neighbour, null, Role.MAYOR);
        assertThrows(NotFoundException.class,
                () -> signIn.as(mayor, "mayor", () -> organisation.district(district.getCode())));
    }

    @Test
    void aGovernorSeesTheDistrictsOfTheirRegionOnly() throws Exception {
        String governor = person(null, region, Role.GOVERNOR);
        List<String> codes = signIn.as(governor, "governor",
                () -> organisation.districts(PageRequest.of(0, 50), false).rows().stream().map(DistrictRow::code)
                        .toList());
        assertEquals(List.of(district.getCode(), neighbour.getCode()).stream().sorted().toList(), codes);
        assertThrows(NotFoundException.class,
                () -> signIn.as(governor, "governor", () -> organisation.district(foreign.getCode())));
    }

    @Test
    void aMayorCannotChangeReferenceData() throws Exception {
        String mayor = person(district, null, Role.MAYOR);
        assertThrows(EJBAccessException.class, () -> signIn.as(mayor, "mayor",
                () -> organisation.renameRegion(region.getId(), region.getVersion(),
                        new LocalizedName("a", "b", "c"))));
    }

    @Test
    void aProjectManagerSeesEveryRegion() throws Exception {
        String pm = person(null, null, Role.PROJECT_MANAGER);
        long total = signIn.as(pm, "project-manager", () -> organisation.regions(PageRequest.of(0, 1)).total());
        assertTrue(total >= 2, "at least the two regions of this test, got " + total);
    }
}
