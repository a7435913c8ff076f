package org.birge.portal.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-03-17T04:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 17);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 3);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private static <T extends VersionedEntity> T withId(T entity, long id) {
        try {
            Field field = VersionedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static MailDelivery single() {
        Notification n = withId(new Notification("akim.test", "task.assigned", "notify.task.assigned",
                List.of("Pool", "@project.step.endorsement", "20.03.2026"), "/mayor/project.xhtml?id=7"), 1234);
        return MailDelivery.of(n, EmailMode.SINGLE, DAY, T0, "birge.local");
    }

    @Test
    void aNotificationsMailHasAStableKeyAndMessageIdFromTheNotification() {
        MailDelivery mail = single();
        assertEquals("notification:1234", mail.getMailKey());
        assertEquals("<notification.1234@birge.local>", mail.getMessageId());
        assertEquals(DeliveryState.PENDING, mail.getState());
        assertEquals("<notification.1234@birge.local>", single().getMessageId(), "the same id every time");
    }

    @Test
    void theHappyPathIsClaimedSendingThenSent() {
        MailDelivery mail = single();
        mail.claim(T0);
        assertEquals(DeliveryState.SENDING, mail.getState());
        assertEquals(1, mail.getAttempts());
        mail.sent(T0.plusSeconds(1));
        assertEquals(DeliveryState.SENT, mail.getState());
        assertEquals(T0.plusSeconds(1), mail.getSentAt());
        assertThrows(DomainException.class, () -> mail.claim(T0.plusSeconds(2)), "a sent mail is never claimed");
    }

    @Test
    void aFailedSendWaitsLongerEachTimeThenGivesUp() {
        MailDelivery mail = single();
        mail.claim(T0);
        mail.failed(T0, "Connection refused", BACKOFF);
        assertEquals(DeliveryState.PENDING, mail.getState());
        assertEquals(T0.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
        assertEquals("Connection refused", mail.getLastError());
        assertThrows(DomainException.class, () -> mail.claim(T0.plusSeconds(30)), "not due before the wait");

        Instant t1 = T0.plus(Duration.ofMinutes(1));
        mail.claim(t1);
        mail.failed(t1, "Connection refused", BACKOFF);
        assertEquals(t1.plus(Duration.ofMinutes(2)), mail.getNextAttemptAt());

        Instant t2 = t1.plus(Duration.ofMinutes(2));
        mail.claim(t2);
        mail.failed(t2, "Connection refused", BACKOFF);
        assertEquals(DeliveryState.FAILED, mail.getState());
        assertEquals(3, mail.getAttempts());
    }

    @Test
    void aClaimWhoseSenderVanishedBecomesUncertainNotPendingAgain() {
        MailDelivery mail = single();
        mail.claim(T0);
        assertFalse(mail.expireLease(T0.plus(Duration.ofMinutes(4)), LEASE), "within the lease");
        assertEquals(DeliveryState.SENDING, mail.getState());
        assertTrue(mail.expireLease(T0.plus(Duration.ofMinutes(6)), LEASE));
        assertEquals(DeliveryState.UNCERTAIN, mail.getState());
        assertThrows(DomainException.class, () -> mail.claim(T0.plus(Duration.ofMinutes(7))),
                "an uncertain mail is never sent again on its own");
        assertThrows(DomainException.class, () -> mail.sent(T0.plus(Duration.ofMinutes(7))));
    }

    @Test
    void onlyAnAdminsRequeueSendsAnUncertainOrFailedMailAgain() {
        MailDelivery mail = single();
        assertThrows(DomainException.class, () -> mail.requeue(T0), "a pending mail is not requeued");
        mail.claim(T0);
        mail.expireLease(T0.plus(Duration.ofHours(1)), LEASE);
        Instant later = T0.plus(Duration.ofHours(2));
        mail.requeue(later);
        assertEquals(DeliveryState.PENDING, mail.getState());
        assertEquals(later, mail.getNextAttemptAt());
        assertNull(mail.getClaimedAt());
        mail.claim(later);
        mail.sent(later);
        assertThrows(DomainException.class, () -> mail.requeue(later), "a sent mail is not requeued");
    }

    @Test
    void aDigestNotificationWaitsThenJoinsItsDigest() {
        Notification n = withId(new Notification("akim.test", "appeal.received", "notify.appeal.received",
                List.of("A-1", "Road", "01.04.2026"), "/mayor/appeal.xhtml?id=3"), 99);
        MailDelivery item = MailDelivery.of(n, EmailMode.DIGEST, DAY, T0, "birge.local");
        assertEquals(DeliveryState.WAITING_DIGEST, item.getState());
        assertThrows(DomainException.class, () -> item.claim(T0), "a waiting item is never sent alone");
        MailDelivery digest = withId(MailDelivery.digest("akim.test", DAY, T0, "birge.local"), 500);
        assertEquals("digest:akim.test:2026-03-17", digest.getMailKey());
        assertTrue(digest.isDigest());
        item.joinDigest(digest);
        assertEquals(DeliveryState.IN_DIGEST, item.getState());
        assertEquals(500L, item.getDigestId());
        assertThrows(DomainException.class, () -> item.joinDigest(digest), "once");
    }

    @Test
    void noMailForAKindSwitchedOff() {
        Notification n = withId(new Notification("a", "k", "notify.x", List.of(), null), 1);
        assertThrows(IllegalArgumentException.class, () -> MailDelivery.of(n, EmailMode.OFF, DAY, T0, "d"));
    }
}
