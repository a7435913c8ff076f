package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OfficialRow;
import org.birge.portal.org.service.OfficialService;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Lists paged in the database: pages that neither overlap nor skip, in the order asked, and a safe search. */
@ExtendWith(ArquillianExtension.class)
class PagingIT {

    private static final int PAGE_SIZE = 3;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("paging-it");
    }

    @EJB
    private OrganisationService organisation;

    @EJB
    private OfficialService officials;

    @EJB
    private Fixtures fixtures;

    @Inject
    private TestSignIn signIn;

    private String admin;
    private Region region;
    /** The districts of the region in the order they were created, that is by id. */
    private List<District> districts;

    /**
     * Seven districts whose code order, Russian-name order and creation order all differ. Three share a
     * name and take places 3 to 5 in either direction, across the boundary of the first two pages of three,
     * so only the tie-breaker keeps those pages apart. The names start with distinct capitals of the basic
     * Russian alphabet, which every collation orders alike.
     */
    @BeforeEach
    void createDistricts() {
        admin = fixtures.newAdmin();
        region = fixtures.region(Fixtures.unique("R"));
        String prefix = Fixtures.unique("P");
        String[][] rows = {
                {"E", "Вал"}, {"B", "Бек"}, {"G", "Ана"}, {"A", "Вал"}, {"F", "Гор"}, {"C", "Вал"}, {"D", "Дос"}};
        districts = new ArrayList<>();
        for (String[] row : rows) {
            districts.add(fixtures.district(prefix + "-" + row[0], region,
                    new LocalizedName(row[1] + " ауданы", row[1], row[1] + " District"), DistrictKind.DISTRICT));
        }
    }

    private List<DistrictRow> allPages(String sortField, boolean ascending) throws Exception {
        List<DistrictRow> rows = new ArrayList<>();
        for (int first = 0; first < districts.size(); first += PAGE_SIZE) {
            int start = first;
            Page<DistrictRow> page = signIn.as(admin, "admin", () -> organisation.districts(
                    new PageRequest(start, PAGE_SIZE, sortField, ascending), false, region.getId()));
            assertEquals(districts.size(), page.total(), "every page counts the whole list");
            assertTrue(page.rows().size() <= PAGE_SIZE);
            rows.addAll(page.rows());
        }
        return rows;
    }

    private List<Long> expected(Comparator<District> order, boolean ascending) {
        Comparator<District> byField = ascending ? order : order.reversed();
        return districts.stream().sorted(byField.thenComparing(District::getId)).map(District::getId).toList();
    }

    private static List<Long> ids(List<DistrictRow> rows) {
        return rows.stream().map(DistrictRow::id).toList();
    }

    @Test
    void districtPagesFollowOneAnotherInTheOrderAsked() {
        Comparator<District> byCode = Comparator.comparing(District::getCode);
        Comparator<District> byRussianName = Comparator.comparing(d -> d.getName().getRu());
        List<Executable> checks = new ArrayList<>();
        for (boolean ascending : new boolean[] {true, false}) {
            checks.add(() -> assertEquals(expected(byCode, ascending), ids(allPages("code", ascending)),
                    "by code, " + (ascending ? "ascending" : "descending")));
            checks.add(() -> assertEquals(expected(byRussianName, ascending), ids(allPages("name.ru", ascending)),
                    "by Russian name, " + (ascending ? "ascending" : "descending")));
        }
        assertAll("sort orders", checks);
        assertNotEquals(expected(byCode, true), expected(byRussianName, true), "the two orders differ");
    }

    @Test
    void anUnknownSortFieldSortsByCode() throws Exception {
        List<Long> byCode = districts.stream().sorted(Comparator.comparing(District::getCode))
                .map(District::getId).toList();
        for (String field : new String[] {"nonsense", "d.id", "code; delete from district", null}) {
            assertEquals(byCode, ids(allPages(field, true)), "sort field " + field);
        }
        assertNotEquals(districts.stream().map(District::getId).toList(), byCode,
                "code order is not creation order, so the fallback is seen");
    }

    /** A search for a wildcard finds the wildcard itself, not everyone. */
    @Test
    void theOfficialsSearchTakesWildcardsLiterally() throws Exception {
        String prefix = Fixtures.unique("srch").toLowerCase(Locale.ROOT);
        String percent = prefix + "%off";
        String notPercent = prefix + "zoff";
        String underscore = prefix + "_x";
        String notUnderscore = prefix + "yx";
        String backslash = prefix + "\\q";
        String notBackslash = prefix + "q";
        for (String username : List.of(percent, notPercent, underscore, notUnderscore, backslash, notBackslash)) {
            fixtures.person(username, null, null, Role.RESIDENT);
        }

        long everyone = signIn.as(admin, "admin", () -> officials.officials(PageRequest.of(0, 1), null)).total();
        Page<OfficialRow> percents = signIn.as(admin, "admin",
                () -> officials.officials(PageRequest.of(0, PageRequest.MAX_SIZE), "%"));
        assertTrue(percents.total() < everyone, "a search for % does not return everyone");
        assertTrue(percents.rows().stream().allMatch(row -> row.username().contains("%")
                || row.displayName().contains("%")), "only people with a % in their name");
        assertTrue(usernames(percents).contains(percent));

        assertEquals(List.of(percent), usernames(search(prefix + "%off")));
        assertEquals(List.of(underscore), usernames(search(prefix + "_x")));
        assertEquals(List.of(backslash), usernames(search(prefix + "\\q")), "a backslash is no escape");
        assertEquals(List.of(percent, underscore, notUnderscore, notPercent, backslash, notBackslash).stream()
                        .sorted().toList(),
                usernames(search(prefix.toUpperCase(Locale.ROOT))).stream().sorted().toList(),
                "the search ignores case");
    }

    private Page<OfficialRow> search(String text) throws Exception {
        return signIn.as(admin, "admin",
                () -> officials.officials(new PageRequest(0, 50, "username", true), text));
    }

    private static List<String> usernames(Page<OfficialRow> page) {
        return page.rows().stream().map(OfficialRow::username).toList();
    }
}
