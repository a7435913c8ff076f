package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.birge.portal.notify.domain.DeliveryState;
import org.birge.portal.notify.domain.EmailMode;
import org.birge.portal.notify.domain.MailDelivery;
import org.birge.portal.notify.service.MailOutbox;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.notify.service.OutboxSender;
import org.birge.portal.notify.service.PreferenceRow;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail outbox against a real SMTP server: GreenMail, started by each test inside the test server's
 * JVM on the port the server's mail session sends to ({@code PORTAL_MAIL_PORT}). Automatic sending is
 * paused for each test (for all servers: the pause is in the database), so the test drives the sender's
 * steps itself, in the order a real run takes them, and stops where a crash would.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final List<String> TASK_ARGUMENTS = List.of("Бассейн", "@project.step.endorsement", "20.03.2026");
    private static final String TASK_LINK = "/governor/project.xhtml?id=7";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("outbox-it")
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    private MailOutbox outbox;
    @EJB
    private OutboxSender sender;
    @EJB
    private NotificationService notifications;
    @EJB
    private MailSetup setup;
    @EJB
    private Fixtures fixtures;
    @Inject
    private TestSignIn signIn;

    private GreenMail smtp;
    private String admin;

    @BeforeEach
    void pauseSendingAndStartSmtp() throws Exception {
        admin = fixtures.newAdmin();
        asAdmin(() -> { outbox.pauseSending(true); return null; });
        smtp = startSmtp();
        // Mails the other tests' notifications left due go now, so that each test sees only its own.
        runSender();
    }

    @AfterEach
    void resumeAndStop() throws Exception {
        if (smtp != null) {
            smtp.stop();
        }
        asAdmin(() -> { outbox.pauseSending(false); return null; });
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.parseInt(env("PORTAL_MAIL_PORT", "18025")),
                "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private <T> T asAdmin(Callable<T> work) throws Exception {
        return signIn.as(admin, "admin", work);
    }

    private int runSender() throws Exception {
        return asAdmin(() -> sender.runNow());
    }

    private MailDelivery mail(String recipient) {
        List<MailDelivery> mails = setup.mails(recipient);
        assertEquals(1, mails.size(), "one outbox row for " + recipient);
        return mails.get(0);
    }

    /** The messages GreenMail received for one address. */
    private List<MimeMessage> received(GreenMail server, String username) throws Exception {
        String address = MailSetup.address(username);
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void notificationsArriveBySmtpInTheRecipientsLanguageWithAnAbsoluteLink() throws Exception {
        String russian = setup.person(Language.RU, Role.MAYOR);
        String kazakh = setup.person(Language.KK, Role.MAYOR);
        setup.notify(russian, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        setup.notify(kazakh, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        assertEquals(DeliveryState.PENDING, mail(russian).getState());

        assertTrue(runSender() >= 2);

        MimeMessage ru = received(smtp, russian).get(0);
        assertEquals(1, received(smtp, russian).size());
        assertEquals("Birge: Мне назначена задача", ru.getSubject());
        String base = env("PORTAL_BASE_URL", "http://localhost:8080");
        assertTrue(body(ru).startsWith("«Бассейн»: "), body(ru));
        assertTrue(body(ru).contains(base + TASK_LINK), body(ru));
        MailDelivery sent = mail(russian);
        assertEquals(DeliveryState.SENT, sent.getState());
        assertEquals(sent.getMessageId(), ru.getMessageID(), "the outbox's stable Message-ID");
        assertTrue(sent.getMessageId().startsWith("<notification." + sent.getNotificationId() + "@"));

        MimeMessage kk = received(smtp, kazakh).get(0);
        assertEquals("Birge: Маған тапсырма берілді", kk.getSubject());
        assertTrue(body(kk).contains("Порталда ашу: " + base + TASK_LINK), body(kk));
    }

    @Test
    void theSenderWakesUpRightAfterTheCommit() throws Exception {
        asAdmin(() -> { outbox.pauseSending(false); return null; });
        String person = setup.person(Language.EN, Role.GOVERNOR);
        Instant committed = Instant.now();
        setup.notify(person, "appeal.overdue", "notify.appeal.overdue", List.of("A-1", "Road", "01.04.2026",
                "Zaisan"), "/governor/appeal.xhtml?id=1");
        while (received(smtp, person).isEmpty() && Instant.now().isBefore(committed.plusSeconds(20))) {
            Thread.sleep(200);
        }
        assertEquals(1, received(smtp, person).size(), "sent without waiting for the minute's run");
        assertEquals("Birge: An appeal is overdue", received(smtp, person).get(0).getSubject());
    }

    @Test
    void rolledBackWorkSendsNothing() throws Exception {
        String person = setup.person(Language.RU, Role.MAYOR);
        assertThrows(EJBException.class, () -> setup.notifyThenFail(person, "task.assigned", "notify.task.assigned",
                TASK_ARGUMENTS, TASK_LINK));
        runSender();
        assertEquals(0, setup.notificationsOf(person), "the notification rolled back");
        assertTrue(setup.mails(person).isEmpty(), "its mail rolled back with it");
        assertTrue(received(smtp, person).isEmpty());
    }

    @Test
    void aSenderThatStopsBetweenSendingAndMarkingNeverSendsTwice() throws Exception {
        String person = setup.person(Language.RU, Role.MAYOR);
        setup.notify(person, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        long id = setup.onlyMail(person);

        // A sender claims the mail and sends it, then stops before it marks the mail sent.
        assertTrue(outbox.claim(id));
        outbox.send(id);
        assertEquals(1, received(smtp, person).size());
        assertEquals(DeliveryState.SENDING, mail(person).getState());

        // The server restarts: new runs, before and after the claim's lease ends, send nothing again.
        runSender();
        assertEquals(DeliveryState.SENDING, mail(person).getState(), "within the lease it is left alone");
        Thread.sleep(Duration.ofSeconds(Long.parseLong(env("PORTAL_MAIL_LEASE_SECONDS", "300")) + 1).toMillis());
        runSender();
        runSender();
        MailDelivery uncertain = mail(person);
        assertEquals(DeliveryState.UNCERTAIN, uncertain.getState());
        assertNotNull(uncertain.getLastError());
        assertEquals(1, received(smtp, person).size(), "the notification arrived exactly once");
        assertEquals(1, setup.auditRecords("mail.uncertain", id));
        assertTrue(asAdmin(() -> outbox.deliveries(DeliveryState.UNCERTAIN, PageRequest.of(0, 200))).rows().stream()
                .anyMatch(r -> r.id() == id), "the admin's page lists it");
        assertTrue(asAdmin(() -> outbox.deliveryStatus()).get(DeliveryState.UNCERTAIN) >= 1);

        // Only an admin's deliberate requeue sends it again, with the same Message-ID; audited.
        asAdmin(() -> { outbox.requeue(id, uncertain.getVersion()); return null; });
        runSender();
        assertEquals(DeliveryState.SENT, mail(person).getState());
        List<MimeMessage> both = received(smtp, person);
        assertEquals(2, both.size());
        assertEquals(both.get(0).getMessageID(), both.get(1).getMessageID());
        assertEquals(1, setup.auditRecords("mail.requeued", id));
    }

    @Test
    void aSenderThatStopsAfterClaimingLeavesTheMailUncertainNotLost() throws Exception {
        String person = setup.person(Language.EN, Role.MAYOR);
        setup.notify(person, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        long id = setup.onlyMail(person);
        assertTrue(outbox.claim(id));
        assertFalse(outbox.claim(id), "a claimed mail cannot be claimed again");
        Thread.sleep(Duration.ofSeconds(Long.parseLong(env("PORTAL_MAIL_LEASE_SECONDS", "300")) + 1).toMillis());
        runSender();
        assertEquals(DeliveryState.UNCERTAIN, mail(person).getState());
        assertTrue(received(smtp, person).isEmpty());
    }

    @Test
    void twoSendersNeverBothClaimTheSameMail() throws Exception {
        String person = setup.person(Language.EN, Role.MAYOR);
        setup.notify(person, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        long id = setup.onlyMail(person);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return outbox.claim(id);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won, "exactly one sender has the mail");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, mail(person).getAttempts());
    }

    @Test
    void whenSmtpIsDownTheMailIsRetriedWithGrowingWaitsThenDeliveredOnce() throws Exception {
        smtp.stop();
        smtp = null;
        String person = setup.person(Language.RU, Role.MAYOR);
        setup.notify(person, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);

        assertEquals(0, runSender());
        MailDelivery first = mail(person);
        assertEquals(DeliveryState.PENDING, first.getState());
        assertEquals(1, first.getAttempts());
        assertNotNull(first.getLastError());
        Duration firstWait = Duration.between(first.getModifiedAt(), first.getNextAttemptAt());
        runSender();
        assertEquals(1, mail(person).getAttempts(), "not tried again before its wait is over");

        sleepUntil(first.getNextAttemptAt());
        runSender();
        MailDelivery second = mail(person);
        assertEquals(2, second.getAttempts());
        Duration secondWait = Duration.between(second.getModifiedAt(), second.getNextAttemptAt());
        assertTrue(secondWait.compareTo(firstWait.plus(firstWait).minusMillis(500)) >= 0,
                "the wait doubles: " + firstWait + " then " + secondWait);

        smtp = startSmtp();
        sleepUntil(second.getNextAttemptAt());
        runSender();
        runSender();
        assertEquals(DeliveryState.SENT, mail(person).getState());
        assertEquals(3, mail(person).getAttempts());
        assertEquals(1, received(smtp, person).size(), "delivered once when the server is back");
    }

    @Test
    void preferencesAreHonouredAndTheDigestCollectsTheDayInOneMail() throws Exception {
        String person = setup.person(Language.RU, Role.MAYOR);
        signIn.as(person, "mayor", () -> {
            List<PreferenceRow> choices = notifications.preferences().stream().map(p -> switch (p.kind()) {
                case "task.assigned" -> new PreferenceRow(p.kind(), EmailMode.OFF, p.version());
                case "appeal.received" -> new PreferenceRow(p.kind(), EmailMode.DIGEST, p.version());
                default -> p;
            }).toList();
            notifications.savePreferences(choices);
            return null;
        });
        setup.notify(person, "task.assigned", "notify.task.assigned", TASK_ARGUMENTS, TASK_LINK);
        setup.notify(person, "appeal.received", "notify.appeal.received", List.of("ZA-1", "Дорога", "01.04.2026"),
                "/mayor/appeal.xhtml?id=1");
        setup.notify(person, "appeal.received", "notify.appeal.received", List.of("ZA-2", "Свет", "02.04.2026"),
                "/mayor/appeal.xhtml?id=2");
        assertEquals(3, setup.notificationsOf(person), "all three are in the portal");
        List<MailDelivery> mails = setup.mails(person);
        assertEquals(2, mails.size(), "no mail for the kind switched off");
        assertTrue(mails.stream().allMatch(m -> m.getState() == DeliveryState.WAITING_DIGEST));
        runSender();
        assertTrue(received(smtp, person).isEmpty(), "digest items are not sent one by one");

        // The next morning's digest run (called for tomorrow, so that today counts as a past day).
        outbox.collectDigests(PortalClock.today().plusDays(1));
        outbox.collectDigests(PortalClock.today().plusDays(1));
        runSender();
        List<MimeMessage> digest = received(smtp, person);
        assertEquals(1, digest.size(), "one digest mail");
        assertTrue(digest.get(0).getSubject().contains("2"), digest.get(0).getSubject());
        assertTrue(body(digest.get(0)).contains("ZA-1") && body(digest.get(0)).contains("ZA-2"), body(digest.get(0)));
        assertFalse(body(digest.get(0)).contains("Бассейн"), "the switched-off kind is not in it");
        assertTrue(setup.mails(person).stream().filter(m -> !m.isDigest())
                .allMatch(m -> m.getState() == DeliveryState.IN_DIGEST));
        assertEquals(1, setup.auditRecordsOfPreferences(person));
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis() + 300;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
