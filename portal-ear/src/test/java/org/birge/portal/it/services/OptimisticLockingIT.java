package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.service.DistrictRow;
import org.birge.portal.org.service.OrganisationService;
import org.birge.portal.org.service.RegionRow;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.DuplicateException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two or more administrators saving the same record: the first save wins, every other is refused with
 * the name of who saved in between, the record keeps the winner's change, and the audit trail has one row
 * for it. Tested with a stale version, with a deterministic interleaving inside one transaction, and with
 * many threads released at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class OptimisticLockingIT {

    private static final int THREADS = 8;
    private static final long WAIT_SECONDS = 60;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("optimistic-locking-it");
    }

    @EJB
    private OrganisationService organisation;

    @EJB
    private AuditService auditService;

    @EJB
    private Fixtures fixtures;

    @EJB
    private StaleEditor staleEditor;

    @Inject
    private TestSignIn signIn;

    /** Propagates the security context of the submitting request to its threads (context-info Security). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private AuditTrail audit;
    private String alice;
    private String bob;

    @BeforeEach
    void admins() {
        audit = new AuditTrail(auditService, signIn);
        alice = fixtures.newAdmin();
        bob = fixtures.newAdmin();
    }

    private RegionRow region(long id) throws Exception {
        return signIn.as(alice, "admin", () -> organisation.region(id));
    }

    private DistrictRow district(long id) throws Exception {
        return signIn.as(alice, "admin", () -> organisation.districtById(id));
    }

    private static LocalizedName nameOf(String who) {
        return new LocalizedName(who + " облысы", "Область " + who, who + " Region");
    }

    private static void assertChangedBy(String expected, Throwable refusal) {
        ConcurrentChangeException change = assertInstanceOf(ConcurrentChangeException.class, refusal,
                () -> "refused as a concurrent change, not " + refusal);
        assertEquals("error.concurrentChange", change.getMessageKey());
        assertEquals(List.of(expected), change.getArguments(), "names who saved in between");
    }

    @Test
    void aRenameWithAStaleVersionIsRefusedAndTheOtherNameStays() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        long id = created.getId();

        RegionRow seenByAlice = signIn.as(alice, "admin", () -> organisation.region(id));
        RegionRow seenByBob = signIn.as(bob, "admin", () -> organisation.region(id));
        RegionRow savedByBob = signIn.as(bob, "admin",
                () -> organisation.renameRegion(id, seenByBob.version(), nameOf("Bob")));
        long mark = audit.mark();

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, () -> signIn.as(alice,
                "admin", () -> organisation.renameRegion(id, seenByAlice.version(), nameOf("Alice"))));
        assertChangedBy(bob, refused);

        RegionRow now = region(id);
        assertEquals(savedByBob, now, "the region keeps Bob's name and version");
        assertEquals("Область Bob", now.nameRu());
        audit.assertNothingSince(mark);
    }

    @Test
    void everyDistrictAndRegionChangeWithAStaleVersionIsRefused() throws Exception {
        Region createdRegion = fixtures.region(Fixtures.unique("R"));
        District createdDistrict = fixtures.district(Fixtures.unique("D"), createdRegion);
        long regionId = createdRegion.getId();
        long districtId = createdDistrict.getId();
        long staleRegion = region(regionId).version();
        long staleDistrict = district(districtId).version();

        signIn.as(bob, "admin", () -> organisation.updateDistrict(districtId, staleDistrict,
                new LocalizedName("Боб", "Боб", "Bob"), DistrictKind.TOWN));
        signIn.as(bob, "admin", () -> organisation.renameRegion(regionId, staleRegion, nameOf("Bob")));
        DistrictRow districtNow = district(districtId);
        RegionRow regionNow = region(regionId);
        long mark = audit.mark();

        assertAll(
                () -> assertChangedBy(bob, assertThrows(ConcurrentChangeException.class, () -> signIn.as(alice,
                        "admin", () -> organisation.updateDistrict(districtId, staleDistrict,
                                new LocalizedName("Алиса", "Алиса", "Alice"), DistrictKind.CITY)))),
                () -> assertChangedBy(bob, assertThrows(ConcurrentChangeException.class, () -> signIn.as(alice,
                        "admin", () -> organisation.setDistrictActive(districtId, staleDistrict, false)))),
                () -> assertChangedBy(bob, assertThrows(ConcurrentChangeException.class, () -> signIn.as(alice,
                        "admin", () -> organisation.setRegionActive(regionId, staleRegion, false)))));

        assertEquals(districtNow, district(districtId), "the district keeps Bob's change");
        assertEquals(regionNow, region(regionId), "the region keeps Bob's change");
        assertTrue(districtNow.active() && regionNow.active(), "nothing was deactivated");
        audit.assertNothingSince(mark);
    }

    /**
     * Alice's save has loaded the region when Bob saves it; then Alice's save goes on in the same
     * transaction. Its version check passes on what it loaded, so it is the write itself that must find
     * the row changed.
     */
    @Test
    void aSaveOverlappedByAnotherIsRefusedWhenItWrites() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        long id = created.getId();
        long version = region(id).version();
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        long mark = audit.mark();

        // Alice's save loads the region and waits; Bob's save waits until then, saves, commits and lets
        // Alice's save go on.
        List<Future<RegionRow>> saves = signIn.submitEach(executor, List.of(
                new TestSignIn.Task<>(alice, "admin",
                        () -> staleEditor.renameAfter(id, nameOf("Alice"), loaded, resume)),
                new TestSignIn.Task<>(bob, "admin", () -> {
                    try {
                        if (!loaded.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("Alice's save never loaded the region");
                        }
                        return organisation.renameRegion(id, version, nameOf("Bob"));
                    } finally {
                        resume.countDown();
                    }
                })), futures -> {
                    for (Future<RegionRow> future : futures) {
                        try {
                            future.get(WAIT_SECONDS, TimeUnit.SECONDS);
                        } catch (ExecutionException e) {
                            // looked at below
                        }
                    }
                    return futures;
                });
        RegionRow savedByBob = saves.get(1).get();
        ExecutionException refused = assertThrows(ExecutionException.class, () -> saves.get(0).get(),
                "Alice's save is refused");

        assertEquals(savedByBob, region(id), "the region keeps Bob's name");
        AuditRow row = audit.onlyRowSince(mark);
        assertEquals(bob, row.actor(), "the one audit row is Bob's");
        audit.assertIntact();
        assertChangedBy(bob, refused.getCause());
    }

    @Test
    void ofEightAdminsRenamingARegionAtOnceExactlyOneSucceeds() throws Exception {
        Region created = fixtures.region(Fixtures.unique("R"));
        long id = created.getId();
        long seen = region(id).version();
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            admins.add(fixtures.newAdmin());
        }
        long mark = audit.mark();

        Race<RegionRow> race = race(admins, i -> () -> organisation.renameRegion(id, seen, nameOf(admins.get(i))));

        String winner = race.onlyWinner();
        RegionRow now = region(id);
        assertEquals("Область " + winner, now.nameRu(), "the region has the winner's name");
        assertEquals(seen + 1, now.version(), "one change, one version");
        AuditRow row = audit.onlyRowSince(mark);
        assertEquals("region.renamed", row.action());
        assertEquals(winner, row.actor());
        assertEquals(Long.valueOf(id), row.subjectId());
        audit.assertIntact();
        race.assertEveryLoserToldThat(winner);
    }

    @Test
    void ofEightAdminsCreatingTheSameRegionAtOnceExactlyOneSucceedsAndTheOthersAreToldTheCodeIsTaken()
            throws Exception {
        String code = Fixtures.unique("R");
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            admins.add(fixtures.newAdmin());
        }
        long mark = audit.mark();

        Race<RegionRow> race = race(admins, i -> () -> organisation.createRegion(code, nameOf(admins.get(i))));

        String winner = race.onlyWinner();
        AuditRow row = audit.onlyRowSince(mark);
        assertEquals("region.created", row.action());
        assertEquals(winner, row.actor());
        audit.assertIntact();
        List<Throwable> losers = race.losers();
        assertEquals(THREADS - 1, losers.size());
        assertAll("refusals", losers.stream().map(loser -> () -> {
            DuplicateException duplicate = assertInstanceOf(DuplicateException.class, loser, () -> loser.toString());
            assertEquals("org.region.codeTaken", duplicate.getMessageKey());
            assertEquals(List.of(code), duplicate.getArguments());
        }));
    }

    @Test
    void ofEightAdminsDeactivatingADistrictAtOnceExactlyOneSucceeds() throws Exception {
        Region region = fixtures.region(Fixtures.unique("R"));
        District created = fixtures.district(Fixtures.unique("D"), region);
        long id = created.getId();
        long seen = district(id).version();
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            admins.add(fixtures.newAdmin());
        }
        long mark = audit.mark();

        Race<DistrictRow> race = race(admins, i -> () -> organisation.setDistrictActive(id, seen, false));

        String winner = race.onlyWinner();
        DistrictRow now = district(id);
        assertFalse(now.active());
        assertEquals(seen + 1, now.version(), "one change, one version");
        AuditRow row = audit.onlyRowSince(mark);
        assertEquals("district.deactivated", row.action());
        assertEquals(winner, row.actor());
        audit.assertIntact();
        race.assertEveryLoserToldThat(winner);
    }

    /**
     * Changes of different records at the same moment all succeed, and the audit chain, which every change
     * extends, takes them one after the other: one row each, consecutive, and the chain intact.
     */
    @Test
    void eightAdminsChangingDifferentRegionsAtOnceAllSucceedWithOneAuditRowEach() throws Exception {
        List<String> admins = new ArrayList<>();
        List<Long> regions = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            admins.add(fixtures.newAdmin());
            long id = fixtures.region(Fixtures.unique("R")).getId();
            regions.add(id);
            versions.add(region(id).version());
        }
        long mark = audit.mark();

        Race<RegionRow> race = race(admins,
                i -> () -> organisation.renameRegion(regions.get(i), versions.get(i), nameOf(admins.get(i))));

        assertTrue(race.losers().isEmpty(), () -> "every change succeeds; refused " + race.losers());
        List<AuditRow> rows = audit.since(mark);
        assertEquals(THREADS, rows.size(), () -> "one audit row per change: " + rows);
        for (int i = 0; i < THREADS; i++) {
            assertEquals(mark + THREADS - i, rows.get(i).sequence(), "consecutive sequence numbers");
        }
        assertEquals(admins.stream().sorted().toList(), rows.stream().map(AuditRow::actor).sorted().toList(),
                "each administrator's change is recorded as theirs");
        for (int i = 0; i < THREADS; i++) {
            assertEquals("Область " + admins.get(i), region(regions.get(i)).nameRu());
        }
        audit.assertIntact();
    }

    /** What each of the racing administrators got: their saved row or their refusal. */
    private record Race<T>(List<String> admins, List<T> saved, List<Throwable> refused) {

        String onlyWinner() {
            List<String> winners = new ArrayList<>();
            for (int i = 0; i < admins.size(); i++) {
                if (saved.get(i) != null) {
                    winners.add(admins.get(i));
                }
            }
            assertEquals(1, winners.size(), () -> "exactly one save succeeds; winners " + winners
                    + ", refusals " + refused);
            return winners.get(0);
        }

        List<Throwable> losers() {
            return refused.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** Every other save was refused as a concurrent change naming the winner. */
        void assertEveryLoserToldThat(String winner) {
            List<Throwable> losers = losers();
            assertEquals(admins.size() - 1, losers.size(), "all but the winner refused");
            assertAll("refusals", losers.stream().map(loser -> () -> assertChangedBy(winner, loser)));
        }
    }

    /**
     * Runs one save per administrator, each on its own managed thread as that administrator, all held at
     * a start gate until every thread is waiting there, then released at once.
     */
    private <T> Race<T> race(List<String> admins, IntFunction<Callable<T>> save) throws Exception {
        ProjectRace.Result<T> result = ProjectRace.run(signIn, executor, admins, "admin", save);
        return new Race<>(result.people(), result.results(), result.refusals());
    }
}
