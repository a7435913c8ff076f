package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.domain.ThreadStatus;
import org.birge.portal.feedback.service.NewThread;
import org.birge.portal.feedback.service.ThreadMessageRow;
import org.birge.portal.feedback.service.ThreadRow;
import org.birge.portal.feedback.service.ThreadService;
import org.birge.portal.feedback.service.ThreadView;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Threads between officials: a mayor and their governor talk, either resolves and reopens at the version
 * they saw (audited), a resolved thread takes no message; an official and the project managers talk, any
 * manager reads and answers; unread counts move per reader. Nobody else (a mayor of another district, a
 * governor of another region, a manager on a governor thread, a trainer) reads or changes any thread by
 * any method, and a thread is linked only to a project the starter may see.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadIT {

    private static final PageRequest PAGE = PageRequest.of(0, 50);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("thread-it");
    }

    @EJB
    private ThreadService threads;
    @EJB
    private AttachmentService attachments;
    @EJB
    private Fixtures fixtures;
    @EJB
    private FeedbackSetup setup;
    @EJB
    private ProjectSetup projects;
    @Inject
    private TestSignIn signIn;

    private Region region;
    private District district;
    private District neighbour;
    private District elsewhere;
    private String mayor;
    private String neighbourMayor;
    private String foreignMayor;
    private String governor;
    private String foreignGovernor;
    private String manager;
    private String otherManager;
    private String trainer;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("ZRT"));
        Region foreign = fixtures.region(Fixtures.unique("ZRT"));
        district = fixtures.district(Fixtures.unique("ZDT"), region);
        neighbour = fixtures.district(Fixtures.unique("ZDT"), region);
        elsewhere = fixtures.district(Fixtures.unique("ZDT"), foreign);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        neighbourMayor = fixtures.newPerson(neighbour, null, Role.MAYOR);
        foreignMayor = fixtures.newPerson(elsewhere, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        foreignGovernor = fixtures.newPerson(null, foreign, Role.GOVERNOR);
        manager = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        otherManager = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
    }

    private <T> T as(String who, String role, Callable<T> work) throws Exception {
        return signIn.as(who, role, work);
    }

    private long startWithGovernor(String subject) throws Exception {
        return as(mayor, "mayor", () -> threads.start(new NewThread(ThreadChannel.GOVERNOR, null, null, subject,
                "Первое сообщение"), null, null));
    }

    private ThreadRow rowOf(String who, String role, long id) throws Exception {
        return as(who, role, () -> threads.mine(PAGE, null)).rows().stream().filter(r -> r.id() == id)
                .findFirst().orElse(null);
    }

    @Test
    void aMayorAndTheirGovernorTalkWithUnreadCountsPerReader() throws Exception {
        long id = startWithGovernor("Поставка оборудования");
        assertEquals(List.of("feedback.thread.started by " + mayor), setup.audit("thread", id));
        assertEquals(List.of("/work/thread.xhtml?id=" + id), setup.notificationLinks(governor, "feedback.thread"),
                "the governor is told");
        assertEquals(List.of(), setup.notificationLinks(foreignGovernor, "feedback.thread"));

        ThreadRow governorsRow = rowOf(governor, "governor", id);
        assertEquals(1, governorsRow.unread(), "the governor has not read it yet");
        assertEquals(0, rowOf(mayor, "mayor", id).unread(), "the starter has read their own message");

        as(governor, "governor", () -> threads.post(id, "Ответ губернатора", "letter.pdf", PDF));
        assertEquals(0, rowOf(governor, "governor", id).unread());
        assertEquals(1, rowOf(mayor, "mayor", id).unread());
        List<ThreadMessageRow> messages = as(mayor, "mayor", () -> threads.messages(id, PAGE)).rows();
        assertEquals(List.of("Первое сообщение", "Ответ губернатора"), messages.stream().map(ThreadMessageRow::body).toList());
        assertEquals(Role.GOVERNOR, messages.get(1).authorRole());
        assertEquals(1, messages.get(1).files().size(), "the file is with its message");
        long file = messages.get(1).files().get(0).id();
        FileDownload download = as(mayor, "mayor", () -> attachments.threadFile(file));
        assertEquals("application/pdf", download.mediaType());
        as(mayor, "mayor", () -> {
            threads.markSeen(id);
            return null;
        });
        assertEquals(0, rowOf(mayor, "mayor", id).unread());
        assertEquals(List.of("Поставка оборудования"), as(governor, "governor",
                () -> threads.mine(PAGE, ThreadStatus.OPEN)).rows().stream().filter(r -> r.id() == id)
                .map(ThreadRow::subject).toList());

        // Nobody else: the neighbour district's mayor, a foreign governor or mayor, a manager, a trainer.
        List<Executable> refused = new ArrayList<>();
        String[][] outsiders = {{neighbourMayor, "mayor"}, {foreignMayor, "mayor"}, {foreignGovernor, "governor"},
                {manager, "project-manager"}, {trainer, "trainer"}};
        long version = as(mayor, "mayor", () -> threads.thread(id)).version();
        for (String[] outsider : outsiders) {
            String who = outsider[0];
            String role = outsider[1];
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> threads.thread(id)), who + " reads"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> threads.messages(id, PAGE)), who + " lists"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> threads.post(id, "x", null, null)), who + " posts"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> threads.resolve(id, version)), who + " resolves"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> threads.reopen(id, version)), who + " reopens"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> {
                threads.markSeen(id);
                return null;
            }), who + " marks seen"));
            refused.add(() -> assertThrows(AccessDeniedException.class, () -> as(who, role, () -> attachments.threadFile(file)), who + " downloads"));
            refused.add(() -> assertEquals(null, rowOf(who, role, id), who + " lists it among theirs"));
        }
        assertAll("outsiders", refused);
        assertEquals(2, as(governor, "governor", () -> threads.thread(id)).messageCount(), "nothing was added");
    }

    @Test
    void eitherSideResolvesAndReopensAtTheVersionTheySaw() throws Exception {
        long id = startWithGovernor("Сроки отчёта");
        ThreadView seen = as(mayor, "mayor", () -> threads.thread(id));
        ThreadView resolved = as(governor, "governor", () -> threads.resolve(id, seen.version()));
        assertEquals(ThreadStatus.RESOLVED, resolved.status());
        assertEquals(governor, resolved.statusChangedBy());

        DomainException closed = assertThrows(DomainException.class, () -> as(mayor, "mayor",
                () -> threads.post(id, "Ещё вопрос", null, null)));
        assertEquals("feedback.thread.resolvedNoMessage", closed.getMessageKey());
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class, () -> as(mayor, "mayor",
                () -> threads.reopen(id, seen.version())));
        assertTrue(stale.getArguments().contains(governor), "names who changed it: " + stale.getArguments());

        ThreadView reopened = as(mayor, "mayor", () -> threads.reopen(id, resolved.version()));
        assertEquals(ThreadStatus.OPEN, reopened.status());
        as(mayor, "mayor", () -> threads.post(id, "Ещё вопрос", null, null));
        assertEquals(List.of("feedback.thread.started by " + mayor, "feedback.thread.resolved by " + governor,
                "feedback.thread.reopened by " + mayor, "feedback.thread.message by " + mayor),
                setup.audit("thread", id));
        assertEquals(List.of(), as(mayor, "mayor", () -> threads.mine(PAGE, ThreadStatus.RESOLVED)).rows().stream()
                .filter(r -> r.id() == id).toList(), "open again, not among the resolved");
    }

    @Test
    void aGovernorWritesOnlyToTheMayorsOfTheirRegion() throws Exception {
        long id = as(governor, "governor", () -> threads.start(new NewThread(ThreadChannel.GOVERNOR,
                neighbour.getId(), null, "Вопрос соседнему району", "Текст"), null, null));
        assertEquals(1, rowOf(neighbourMayor, "mayor", id).unread());
        assertEquals(null, rowOf(mayor, "mayor", id), "not the other district's thread");
        assertThrows(AccessDeniedException.class, () -> as(governor, "governor", () -> threads.start(new NewThread(
                ThreadChannel.GOVERNOR, elsewhere.getId(), null, "s", "b"), null, null)));
        assertThrows(AccessDeniedException.class, () -> as(mayor, "mayor", () -> threads.start(new NewThread(
                ThreadChannel.GOVERNOR, neighbour.getId(), null, "s", "b"), null, null)),
                "a mayor writes only from their own district");
        assertThrows(AccessDeniedException.class, () -> as(trainer, "trainer", () -> threads.start(new NewThread(
                ThreadChannel.GOVERNOR, district.getId(), null, "s", "b"), null, null)));
        assertEquals("feedback.thread.subjectRequired", assertThrows(DomainException.class, () -> as(mayor, "mayor",
                () -> threads.start(new NewThread(ThreadChannel.GOVERNOR, null, null, "  ", "b"), null, null)))
                .getMessageKey());
    }

    @Test
    void anOfficialTalksToTheProjectManagersAsAGroup() throws Exception {
        long id = as(trainer, "trainer", () -> threads.start(new NewThread(ThreadChannel.PROJECT_MANAGERS, null,
                null, "Материалы курса", "Вопрос менеджерам"), null, null));
        assertEquals(1, rowOf(manager, "project-manager", id).unread());
        assertEquals(1, rowOf(otherManager, "project-manager", id).unread());
        as(otherManager, "project-manager", () -> threads.post(id, "Ответ менеджера", null, null));
        assertEquals(List.of("/work/thread.xhtml?id=" + id), setup.notificationLinks(trainer, "feedback.thread"));
        as(manager, "project-manager", () -> threads.resolve(id, threads.thread(id).version()));
        for (String[] outsider : new String[][] {{mayor, "mayor"}, {governor, "governor"}}) {
            assertThrows(AccessDeniedException.class, () -> as(outsider[0], outsider[1], () -> threads.thread(id)));
            assertEquals(null, rowOf(outsider[0], outsider[1], id));
        }
        long mayors = as(mayor, "mayor", () -> threads.start(new NewThread(ThreadChannel.PROJECT_MANAGERS, null,
                null, "Бюджет", "Вопрос"), null, null));
        assertThrows(AccessDeniedException.class, () -> as(neighbourMayor, "mayor", () -> threads.thread(mayors)),
                "a managers' thread is its official's, not their district's");
        assertEquals(ThreadChannel.PROJECT_MANAGERS, as(manager, "project-manager", () -> threads.thread(mayors)).channel());
    }

    @Test
    void aThreadIsLinkedOnlyToAProjectTheStarterMaySee() throws Exception {
        long call = projects.openCall(ProjectSetup.GRANT, 20, region);
        long own = projects.draft(district, call, "Свой проект " + Fixtures.unique("P"));
        long other = projects.draft(neighbour, call, "Чужой проект " + Fixtures.unique("P"));
        long id = as(mayor, "mayor", () -> threads.start(new NewThread(ThreadChannel.GOVERNOR, null, own, "О проекте",
                "Текст"), null, null));
        assertEquals(List.of(id), as(governor, "governor", () -> threads.aboutProject(own, PAGE)).rows().stream()
                .map(ThreadRow::id).toList());
        assertThrows(AccessDeniedException.class, () -> as(mayor, "mayor", () -> threads.start(new NewThread(
                ThreadChannel.GOVERNOR, null, other, "s", "b"), null, null)));
        assertThrows(AccessDeniedException.class, () -> as(mayor, "mayor", () -> threads.start(new NewThread(
                ThreadChannel.PROJECT_MANAGERS, null, other, "s", "b"), null, null)));
        assertThrows(AccessDeniedException.class, () -> as(neighbourMayor, "mayor", () -> threads.aboutProject(own, PAGE)));
        assertEquals("feedback.thread.projectElsewhere", assertThrows(DomainException.class, () -> as(governor,
                "governor", () -> threads.start(new NewThread(ThreadChannel.GOVERNOR, neighbour.getId(), own, "s", "b"),
                        null, null))).getMessageKey());
    }

    /** The statements {@code work} sends as {@code who}, after a first call has warmed the caches. */
    private int statements(String who, String role, Callable<?> work) throws Exception {
        as(who, role, work);
        return as(who, role, () -> Statements.of(work));
    }

    @Test
    void aPageOfThreadsAndOfMessagesCostsTheSameWhateverItHolds() throws Exception {
        long id = startWithGovernor("Первая тема");
        int list = statements(governor, "governor", () -> threads.mine(PAGE, null));
        int messages = statements(governor, "governor", () -> threads.messages(id, PAGE));
        for (int i = 0; i < 6; i++) {
            startWithGovernor("Тема " + i);
            int n = i;
            as(governor, "governor", () -> threads.post(id, "Ответ " + n, n % 2 == 0 ? "f.pdf" : null,
                    n % 2 == 0 ? PDF : null));
        }
        assertEquals(list, statements(governor, "governor", () -> threads.mine(PAGE, null)),
                "seven threads cost what one did");
        assertEquals(messages, statements(governor, "governor", () -> threads.messages(id, PAGE)),
                "seven messages with files cost what one did");
    }
}
