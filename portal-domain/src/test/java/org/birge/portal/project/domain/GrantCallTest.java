package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.CLOSES;
import static org.birge.portal.project.domain.ProjectFixtures.COMMUNITY;
import static org.birge.portal.project.domain.ProjectFixtures.FEASIBILITY;
import static org.birge.portal.project.domain.ProjectFixtures.NEED;
import static org.birge.portal.project.domain.ProjectFixtures.OPENS;
import static org.birge.portal.project.domain.ProjectFixtures.draftCall;
import static org.birge.portal.project.domain.ProjectFixtures.publishedCall;
import static org.birge.portal.project.domain.ProjectFixtures.region;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.birge.portal.org.domain.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantCallTest {

    private final Region east = region(1000L, "EKR");
    private final Region west = region(1001L, "WKR");

    private static GrantCall.Terms terms(String title, long envelope, long maxGrant, int share, LocalDate opensOn,
                                         LocalDate closesOn, List<Region> regions, List<Criterion> criteria) {
        return new GrantCall.Terms(title, null, envelope, maxGrant, share, opensOn, closesOn, regions, criteria);
    }

    private GrantCall.Terms money(long envelope, long maxGrant, int share) {
        return terms("Local initiatives 2026", envelope, maxGrant, share, OPENS, CLOSES, List.of(east),
                List.of(NEED));
    }

    @Test
    void aNewCallIsADraftWithItsTerms() {
        GrantCall call = new GrantCall(new GrantCall.Terms("  Local initiatives 2026 ", "  Small works ",
                50_000_000, 3_000_000, 20, OPENS, CLOSES, List.of(east, west), List.of(NEED, FEASIBILITY)));

        assertEquals(CallStatus.DRAFT, call.getStatus());
        assertEquals("Local initiatives 2026", call.getTitle());
        assertEquals("Small works", call.getDescription());
        assertEquals(50_000_000, call.getEnvelope());
        assertEquals(3_000_000, call.getMaxGrant());
        assertEquals(20, call.getMinCofinancingPercent());
        assertEquals(OPENS, call.getOpensOn());
        assertEquals(CLOSES, call.getClosesOn());
        assertEquals(Set.of(east, west), call.getRegions());
        assertEquals(List.of(NEED, FEASIBILITY), call.getCriteria());
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        GrantCall call = new GrantCall(new GrantCall.Terms("Call", "   ", 1_000, 1_000, 0, OPENS, CLOSES,
                List.of(east), List.of(NEED)));

        assertNull(call.getDescription());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aCallNeedsATitle(String title) {
        assertRefused("project.call.titleRequired",
                () -> new GrantCall(terms(title, 1_000, 1_000, 20, OPENS, CLOSES, List.of(east), List.of(NEED))));
    }

    @Test
    void aTitleLongerThanTheColumnIsRefused() {
        String tooLong = "x".repeat(GrantCall.TITLE_LENGTH + 1);

        assertRefused("project.call.titleLength",
                () -> new GrantCall(terms(tooLong, 1_000, 1_000, 20, OPENS, CLOSES, List.of(east), List.of(NEED))));
    }

    @ParameterizedTest(name = "envelope {0}, max grant {1}, local share {2} % is refused with {3}")
    @CsvSource({
            "0,        1,        20,  project.call.envelopePositive",
            "-1,       1,        20,  project.call.envelopePositive",
            "1000000,  0,        20,  project.call.maxGrantRange",
            "1000000,  -5,       20,  project.call.maxGrantRange",
            "1000000,  1000001,  20,  project.call.maxGrantRange",
            "1000000,  500000,   -1,  project.call.sharePercent",
            "1000000,  500000,   101, project.call.sharePercent"
    })
    void moneyTermsOutsideTheirRangeAreRefused(long envelope, long maxGrant, int share, String key) {
        assertRefused(key, () -> new GrantCall(money(envelope, maxGrant, share)));
    }

    @ParameterizedTest(name = "envelope {0}, max grant {1}, local share {2} % is accepted")
    @CsvSource({
            "1,         1,        0",
            "1000000,   1000000,  20",
            "50000000,  3000000,  100",
            "50000000,  1,        50"
    })
    void moneyTermsAtTheEdgesOfTheirRangeAreAccepted(long envelope, long maxGrant, int share) {
        GrantCall call = new GrantCall(money(envelope, maxGrant, share));

        assertEquals(envelope, call.getEnvelope());
        assertEquals(maxGrant, call.getMaxGrant());
        assertEquals(share, call.getMinCofinancingPercent());
    }

    @Test
    void aCallCannotCloseBeforeItOpens() {
        assertRefused("project.call.closesBeforeOpens", () -> new GrantCall(terms("Call", 1_000, 1_000, 20, OPENS,
                OPENS.minusDays(1), List.of(east), List.of(NEED))));
    }

    @Test
    void aCallMayOpenAndCloseOnTheSameDay() {
        GrantCall call = new GrantCall(terms("Call", 1_000, 1_000, 20, OPENS, OPENS, List.of(east), List.of(NEED)));

        assertEquals(OPENS, call.getClosesOn());
    }

    @Test
    void aCallNeedsBothDates() {
        assertRefused("project.call.datesRequired", () -> new GrantCall(terms("Call", 1_000, 1_000, 20, null, CLOSES,
                List.of(east), List.of(NEED))));
        assertRefused("project.call.datesRequired", () -> new GrantCall(terms("Call", 1_000, 1_000, 20, OPENS, null,
                List.of(east), List.of(NEED))));
    }

    @Test
    void publishOpensADraftWithRegionsAndCriteria() {
        GrantCall call = draftCall(east);

        call.publish();

        assertEquals(CallStatus.PUBLISHED, call.getStatus());
    }

    @Test
    void publishNeedsRegions() {
        GrantCall call = new GrantCall(terms("Call", 1_000, 1_000, 20, OPENS, CLOSES, List.of(), List.of(NEED)));

        assertRefused("project.call.regionsRequired", call::publish);
        assertEquals(CallStatus.DRAFT, call.getStatus());
    }

    @Test
    void publishNeedsCriteria() {
        GrantCall call = new GrantCall(terms("Call", 1_000, 1_000, 20, OPENS, CLOSES, List.of(east), null));

        assertRefused("project.call.criteriaRequired", call::publish);
        assertEquals(CallStatus.DRAFT, call.getStatus());
    }

    @Test
    void aPublishedCallCannotBePublishedAgain() {
        GrantCall call = publishedCall(east);

        assertRefused("project.call.notDraft", call::publish);
    }

    @Test
    void reviseChangesTheTermsOfADraft() {
        GrantCall call = draftCall(east);

        call.revise(terms("Local initiatives 2026, second wave", 20_000_000, 2_000_000, 30, OPENS.plusDays(7),
                CLOSES.plusDays(7), List.of(west), List.of(COMMUNITY)));

        assertEquals("Local initiatives 2026, second wave", call.getTitle());
        assertEquals(20_000_000, call.getEnvelope());
        assertEquals(2_000_000, call.getMaxGrant());
        assertEquals(30, call.getMinCofinancingPercent());
        assertEquals(OPENS.plusDays(7), call.getOpensOn());
        assertEquals(CLOSES.plusDays(7), call.getClosesOn());
        assertEquals(Set.of(west), call.getRegions());
        assertEquals(List.of(COMMUNITY), call.getCriteria());
    }

    @Test
    void aRefusedRevisionLeavesTheDraftAsItWas() {
        GrantCall call = draftCall(east);

        assertRefused("project.call.maxGrantRange", () -> call.revise(terms("Other", 1_000, 2_000, 20, OPENS, CLOSES,
                List.of(west), List.of(COMMUNITY))));

        assertEquals("Local initiatives 2026", call.getTitle());
        assertEquals(ProjectFixtures.MAX_GRANT, call.getMaxGrant());
        assertEquals(Set.of(east), call.getRegions());
    }

    @Test
    void onlyADraftCanBeRevised() {
        GrantCall published = publishedCall(east);
        GrantCall closed = publishedCall(east);
        closed.close();

        assertRefused("project.call.notDraft", () -> published.revise(money(1_000, 1_000, 0)));
        assertRefused("project.call.notDraft", () -> closed.revise(money(1_000, 1_000, 0)));
        assertEquals(ProjectFixtures.ENVELOPE, published.getEnvelope());
    }

    @Test
    void closeEndsAPublishedCall() {
        GrantCall call = publishedCall(east);

        call.close();

        assertEquals(CallStatus.CLOSED, call.getStatus());
    }

    @Test
    void onlyAPublishedCallCanBeClosed() {
        GrantCall draft = draftCall(east);
        GrantCall closed = publishedCall(east);
        closed.close();

        assertRefused("project.call.notPublished", draft::close);
        assertRefused("project.call.notPublished", closed::close);
        assertEquals(CallStatus.DRAFT, draft.getStatus());
    }

    @ParameterizedTest(name = "a published call is open on {0}: {1}")
    @CsvSource({
            "2026-03-01, false",
            "2026-03-02, true",
            "2026-03-16, true",
            "2026-04-30, true",
            "2026-05-01, false"
    })
    void aPublishedCallIsOpenFromItsFirstToItsLastDay(LocalDate day, boolean open) {
        assertEquals(open, publishedCall(east).isOpenOn(day));
    }

    @Test
    void aDraftCallIsNotOpenEvenWithinItsDates() {
        assertFalse(draftCall(east).isOpenOn(OPENS));
    }

    @Test
    void aClosedCallIsNotOpenEvenWithinItsDates() {
        GrantCall call = publishedCall(east);
        call.close();

        assertFalse(call.isOpenOn(OPENS));
    }

    @Test
    void aRegionOfTheCallIsEligibleAndAnotherIsNot() {
        GrantCall call = publishedCall(east);

        assertTrue(call.isEligible(east));
        assertTrue(call.isEligible(region(1000L, "EKR")), "the same region loaded again");
        assertFalse(call.isEligible(west));
    }
}
