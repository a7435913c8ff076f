package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.CallView;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A grant call's life as project managers lead it: prepared as a draft, checked when saved, published only
 * with regions and criteria, changed only as a draft, closed at the end; every change at the version the
 * project manager saw, and audited.
 */
@ExtendWith(ArquillianExtension.class)
class GrantCallIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("grant-call-it");
    }

    @EJB
    private GrantCallService calls;

    @EJB
    private Fixtures fixtures;

    @Inject
    private TestSignIn signIn;

    private Region region;
    private String pm;
    private String otherPm;
    private String mayor;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("R"));
        District district = fixtures.district(Fixtures.unique("D"), region);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        otherPm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
    }

    private CallTerms terms() {
        LocalDate today = PortalClock.today();
        CallTerms terms = new CallTerms();
        terms.setTitle(Fixtures.unique("Call"));
        terms.setEnvelope(20_000_000L);
        terms.setMaxGrant(2_000_000L);
        terms.setMinCofinancingPercent(20);
        terms.setOpensOn(today.minusDays(1));
        terms.setClosesOn(today.plusDays(30));
        terms.setRegionIds(List.of(region.getId()));
        terms.setCriteria(new ArrayList<>(List.of(new CallTerms.CriterionItem("Need", 50),
                new CallTerms.CriterionItem("Community", 50))));
        return terms;
    }

    private static void assertKey(String key, Executable call) {
        assertEquals(key, assertThrows(DomainException.class, call).getMessageKey());
    }

    private List<Long> openCalls() throws Exception {
        return signIn.as(mayor, MAYOR, () -> calls.openCalls(ALL)).rows().stream().map(CallRow::id).toList();
    }

    @Test
    void aCallIsCheckedWhenSavedAndPublishedOnlyWithRegionsAndCriteria() throws Exception {
        List<Executable> refusals = new ArrayList<>();
        CallTerms noTitle = terms();
        noTitle.setTitle(" ");
        refusals.add(() -> assertKey("project.call.titleRequired", () -> signIn.as(pm, PM, () -> calls.create(noTitle))));
        CallTerms grantAboveEnvelope = terms();
        grantAboveEnvelope.setMaxGrant(30_000_000L);
        refusals.add(() -> assertKey("project.call.maxGrantRange",
                () -> signIn.as(pm, PM, () -> calls.create(grantAboveEnvelope))));
        CallTerms share = terms();
        share.setMinCofinancingPercent(101);
        refusals.add(() -> assertKey("project.call.sharePercent", () -> signIn.as(pm, PM, () -> calls.create(share))));
        CallTerms backwards = terms();
        backwards.setClosesOn(backwards.getOpensOn().minusDays(1));
        refusals.add(() -> assertKey("project.call.closesBeforeOpens",
                () -> signIn.as(pm, PM, () -> calls.create(backwards))));
        CallTerms noAmounts = terms();
        noAmounts.setEnvelope(null);
        refusals.add(() -> assertKey("project.call.amountsRequired",
                () -> signIn.as(pm, PM, () -> calls.create(noAmounts))));
        assertAll("terms refused when saved", refusals);

        CallTerms noRegions = terms();
        noRegions.setRegionIds(List.of());
        CallRow withoutRegions = signIn.as(pm, PM, () -> calls.create(noRegions));
        assertKey("project.call.regionsRequired",
                () -> signIn.as(pm, PM, () -> calls.publish(withoutRegions.id(), withoutRegions.version())));
        CallTerms noCriteria = terms();
        noCriteria.setCriteria(new ArrayList<>());
        CallRow withoutCriteria = signIn.as(pm, PM, () -> calls.create(noCriteria));
        assertKey("project.call.criteriaRequired",
                () -> signIn.as(pm, PM, () -> calls.publish(withoutCriteria.id(), withoutCriteria.version())));
        assertEquals(CallStatus.DRAFT, signIn.as(pm, PM, () -> calls.call(withoutCriteria.id())).row().status());
        assertTrue(openCalls().isEmpty(), "no call of the region is open");
    }

    @Test
    void onlyADraftChangesAPublishedCallIsOpenUntilClosedAndAStaleChangeIsRefused() throws Exception {
        CallRow draft = signIn.as(pm, PM, () -> calls.create(terms()));
        CallTerms revised = terms();
        revised.setTitle("Revised " + Fixtures.unique("Call"));
        CallRow changed = signIn.as(pm, PM, () -> calls.revise(draft.id(), draft.version(), revised));
        assertEquals(revised.getTitle(), changed.title());

        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class,
                () -> signIn.as(otherPm, PM, () -> calls.publish(draft.id(), draft.version())));
        assertEquals(List.of(pm), stale.getArguments(), "names who changed the call");
        assertEquals(CallStatus.DRAFT, signIn.as(pm, PM, () -> calls.call(draft.id())).row().status());

        CallRow published = signIn.as(otherPm, PM, () -> calls.publish(changed.id(), changed.version()));
        assertEquals(CallStatus.PUBLISHED, published.status());
        assertEquals(List.of(published.id()), openCalls(), "open to the region's mayors");
        CallView page = signIn.as(mayor, MAYOR, () -> calls.call(published.id()));
        assertEquals(List.of("Need", "Community"), page.criteria().stream().map(CallTerms.CriterionItem::getName)
                .toList());
        assertKey("project.call.notDraft",
                () -> signIn.as(pm, PM, () -> calls.revise(published.id(), published.version(), terms())));
        assertKey("project.call.notDraft",
                () -> signIn.as(pm, PM, () -> calls.publish(published.id(), published.version())));

        CallRow closed = signIn.as(pm, PM, () -> calls.close(published.id(), published.version()));
        assertEquals(CallStatus.CLOSED, closed.status());
        assertTrue(openCalls().isEmpty(), "a closed call is not open");
        assertKey("project.call.notPublished", () -> signIn.as(pm, PM, () -> calls.close(closed.id(),
                closed.version())));
        assertEquals(List.of(closed.id()), signIn.as(pm, PM, () -> calls.calls(ALL, CallStatus.CLOSED)).rows()
                .stream().map(CallRow::id).filter(id -> id == closed.id()).toList(), "listed among the closed");
    }
}
