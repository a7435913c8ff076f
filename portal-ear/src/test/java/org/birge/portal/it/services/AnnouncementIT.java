package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.birge.portal.feedback.service.AnnouncementReceiptRow;
import org.birge.portal.feedback.service.AnnouncementRow;
import org.birge.portal.feedback.service.AnnouncementService;
import org.birge.portal.feedback.service.AnnouncementView;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Announcements: a governor to the mayors of their region, a project manager to all mayors or one region.
 * The mayors of the audience known at sending are told; a mayor's first reading writes one receipt (also
 * when two readings race) and the sender's side sees who read it, when, and how many of the audience's
 * known mayors have not. Mayors of other regions, other governors and mayors calling sender methods are
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
class AnnouncementIT {

    private static final PageRequest PAGE = PageRequest.of(0, 200);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("announcement-it");
    }

    @EJB
    private AnnouncementService announcements;
    @EJB
    private Fixtures fixtures;
    @EJB
    private FeedbackSetup setup;
    @Inject
    private TestSignIn signIn;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private Region region;
    private Region foreign;
    private String mayor;
    private String secondMayor;
    private String foreignMayor;
    private String governor;
    private String foreignGovernor;
    private String manager;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("ZRA"));
        foreign = fixtures.region(Fixtures.unique("ZRA"));
        District one = fixtures.district(Fixtures.unique("ZDA"), region);
        District two = fixtures.district(Fixtures.unique("ZDA"), region);
        District far = fixtures.district(Fixtures.unique("ZDA"), foreign);
        mayor = fixtures.newPerson(one, null, Role.MAYOR);
        secondMayor = fixtures.newPerson(two, null, Role.MAYOR);
        foreignMayor = fixtures.newPerson(far, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        foreignGovernor = fixtures.newPerson(null, foreign, Role.GOVERNOR);
        manager = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
    }

    private <T> T as(String who, String role, Callable<T> work) throws Exception {
        return signIn.as(who, role, work);
    }

    private long fromGovernor(String subject) throws Exception {
        return as(governor, "governor", () -> announcements.send(subject, "Текст объявления", null));
    }

    @Test
    void theGovernorSeesWhoOfTheRegionReadItAndWhen() throws Exception {
        long id = fromGovernor("Отчёты к 15 октября");
        String link = "/work/announcement.xhtml?id=" + id;
        assertTrue(setup.notificationLinks(mayor, "feedback.announcement").contains(link));
        assertTrue(setup.notificationLinks(secondMayor, "feedback.announcement").contains(link));
        assertFalse(setup.notificationLinks(foreignMayor, "feedback.announcement").contains(link),
                "a mayor of another region is not told");

        AnnouncementView before = as(governor, "governor", () -> announcements.announcement(id));
        assertTrue(before.senderSide());
        assertEquals(0, before.readers());
        assertEquals(2, before.notRead(), "both known mayors of the region");

        AnnouncementRow unread = as(mayor, "mayor", () -> announcements.received(PAGE)).rows().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        assertFalse(unread.isRead());
        Instant first = as(mayor, "mayor", () -> announcements.markRead(id));
        Instant again = as(mayor, "mayor", () -> announcements.markRead(id));
        assertEquals(first, again, "the first reading is the receipt");
        assertEquals(1, setup.receipts(id, mayor));
        assertTrue(as(mayor, "mayor", () -> announcements.received(PAGE)).rows().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow().isRead());

        AnnouncementView after = as(governor, "governor", () -> announcements.announcement(id));
        assertEquals(1, after.readers());
        assertEquals(1, after.notRead());
        List<AnnouncementReceiptRow> receipts = as(governor, "governor", () -> announcements.receipts(id, PAGE)).rows();
        assertEquals(List.of(mayor), receipts.stream().map(AnnouncementReceiptRow::username).toList());
        assertEquals(first, receipts.get(0).readAt());
        assertEquals(1, as(governor, "governor", () -> announcements.sent(PAGE)).rows().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow().readers());
        assertEquals(List.of("feedback.announcement.sent by " + governor, "feedback.announcement.read by " + mayor),
                setup.audit("announcement", id));
    }

    @Test
    void nobodyOutsideTheAudienceOrTheSendersSideReadsIt() throws Exception {
        long id = fromGovernor("Только для области");
        List<Executable> refused = new ArrayList<>();
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(foreignMayor, "mayor", () -> announcements.announcement(id))));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(foreignMayor, "mayor", () -> announcements.markRead(id))));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(foreignGovernor, "governor", () -> announcements.announcement(id))));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(foreignGovernor, "governor", () -> announcements.receipts(id, PAGE))));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(manager, "project-manager", () -> announcements.receipts(id, PAGE)),
                "a governor's announcement is the region's, not the managers'"));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(manager, "project-manager", () -> announcements.announcement(id))));
        refused.add(() -> assertThrows(EJBAccessException.class, () -> as(mayor, "mayor", () -> announcements.receipts(id, PAGE))));
        refused.add(() -> assertThrows(EJBAccessException.class, () -> as(mayor, "mayor", () -> announcements.send("s", "b", null))));
        refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(governor, "governor",
                () -> announcements.send("s", "b", foreign.getId())), "a governor writes only to their region"));
        refused.add(() -> assertFalse(as(foreignMayor, "mayor", () -> announcements.received(PAGE)).rows().stream()
                .anyMatch(r -> r.id() == id), "not in another region's list"));
        refused.add(() -> assertFalse(as(foreignGovernor, "governor", () -> announcements.sent(PAGE)).rows().stream()
                .anyMatch(r -> r.id() == id), "not in another governor's list"));
        assertAll("outside the audience", refused);
        assertEquals(0, setup.receipts(id, foreignMayor));
        assertEquals("feedback.announcement.bodyRequired", assertThrows(DomainException.class,
                () -> as(governor, "governor", () -> announcements.send("s", "  ", null))).getMessageKey());
    }

    @Test
    void aManagerWritesToAllMayorsOrOneRegionAndTheUnreadComeFirst() throws Exception {
        long toAll = as(manager, "project-manager", () -> announcements.send("Всем акимам", "Текст", null));
        long toForeign = as(manager, "project-manager", () -> announcements.send("Одной области", "Текст", foreign.getId()));
        assertTrue(setup.notificationLinks(foreignMayor, "feedback.announcement").contains("/work/announcement.xhtml?id=" + toAll));
        assertTrue(setup.notificationLinks(mayor, "feedback.announcement").contains("/work/announcement.xhtml?id=" + toAll));
        assertFalse(setup.notificationLinks(mayor, "feedback.announcement").contains("/work/announcement.xhtml?id=" + toForeign));
        assertThrows(AccessDeniedException.class, () -> as(mayor, "mayor", () -> announcements.markRead(toForeign)));
        as(foreignMayor, "mayor", () -> announcements.markRead(toForeign));

        long older = fromGovernor("Старое");
        as(mayor, "mayor", () -> announcements.markRead(older));
        long newer = fromGovernor("Новое");
        as(mayor, "mayor", () -> announcements.markRead(newer));
        List<AnnouncementRow> received = as(mayor, "mayor", () -> announcements.received(PAGE)).rows();
        int firstRead = 0;
        while (firstRead < received.size() && !received.get(firstRead).isRead()) {
            firstRead++;
        }
        assertTrue(received.subList(firstRead, received.size()).stream().allMatch(AnnouncementRow::isRead),
                "the unread first, then the read ones");
        assertTrue(received.subList(0, firstRead).stream().anyMatch(r -> r.id() == toAll), "unread to all mayors");
        List<Long> read = received.subList(firstRead, received.size()).stream().map(AnnouncementRow::id).toList();
        assertTrue(read.indexOf(newer) < read.indexOf(older), "newest first among the read");

        AnnouncementView managers = as(fixtures.newPerson(null, null, Role.PROJECT_MANAGER), "project-manager",
                () -> announcements.announcement(toForeign));
        assertTrue(managers.senderSide(), "any project manager sees the managers' announcements");
        assertEquals(1, managers.readers());
    }

    @Test
    void aReceiptIsWrittenOnceWhenTwoReadingsRace() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = fromGovernor("Гонка " + round);
            List<TestSignIn.Task<Instant>> tasks = List.of(
                    new TestSignIn.Task<>(mayor, "mayor", () -> announcements.markRead(id)),
                    new TestSignIn.Task<>(mayor, "mayor", () -> announcements.markRead(id)),
                    new TestSignIn.Task<>(mayor, "mayor", () -> announcements.markRead(id)));
            List<Instant> times = signIn.submitEach(executor, tasks, futures -> {
                List<Instant> result = new ArrayList<>();
                for (Future<Instant> future : futures) {
                    result.add(future.get(60, TimeUnit.SECONDS));
                }
                return result;
            });
            assertEquals(1, setup.receipts(id, mayor), "one receipt in round " + round);
            assertEquals(1, times.stream().distinct().count(), "every reading answers the same time: " + times);
        }
    }

    /** The statements {@code work} sends as {@code who}, after a first call has warmed the caches. */
    private int statements(String who, String role, Callable<?> work) throws Exception {
        as(who, role, work);
        return as(who, role, () -> Statements.of(work));
    }

    @Test
    void theListsAndTheReceiptsCostTheSameWhateverTheyHold() throws Exception {
        long id = fromGovernor("Первое");
        as(mayor, "mayor", () -> announcements.markRead(id));
        int received = statements(mayor, "mayor", () -> announcements.received(PAGE));
        int sent = statements(governor, "governor", () -> announcements.sent(PAGE));
        int receipts = statements(governor, "governor", () -> announcements.receipts(id, PAGE));
        for (int i = 0; i < 5; i++) {
            long more = fromGovernor("Ещё " + i);
            as(mayor, "mayor", () -> announcements.markRead(more));
            as(secondMayor, "mayor", () -> announcements.markRead(more));
        }
        as(secondMayor, "mayor", () -> announcements.markRead(id));
        assertEquals(received, statements(mayor, "mayor", () -> announcements.received(PAGE)));
        assertEquals(sent, statements(governor, "governor", () -> announcements.sent(PAGE)));
        assertEquals(receipts, statements(governor, "governor", () -> announcements.receipts(id, PAGE)));
    }
}
