package org.birge.portal.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant READ = Instant.parse("2026-03-17T04:10:00Z");
    private static final String LINK = "/mayor/project.xhtml?id=1050";

    private static Notification notification(List<String> arguments) {
        return new Notification("m.mayor", "project.returned", "notify.project.returned", arguments, LINK);
    }

    @Test
    void aNotificationKeepsItsRecipientKindKeyAndLinkAndIsUnread() {
        Notification notification = notification(List.of("P-2026-001050"));

        assertEquals("m.mayor", notification.getRecipient());
        assertEquals("project.returned", notification.getKind());
        assertEquals("notify.project.returned", notification.getMessageKey());
        assertEquals(LINK, notification.getLink());
        assertNull(notification.getReadAt());
    }

    @Test
    void theArgumentsComeBackInOrder() {
        List<String> arguments = List.of("P-2026-001050", "Playground in Zaisan", "Сметаны не хватает; см. п. 3");

        assertEquals(arguments, notification(arguments).argumentList());
    }

    @Test
    void emptyArgumentsKeepTheirPlace() {
        assertEquals(List.of("P-2026-001050", "", "Zaisan", ""),
                notification(List.of("P-2026-001050", "", "Zaisan", "")).argumentList());
    }

    @Test
    void aMissingArgumentComesBackEmpty() {
        assertEquals(List.of("P-2026-001050", "", "Zaisan"),
                notification(Arrays.asList("P-2026-001050", null, "Zaisan")).argumentList());
    }

    @Test
    void noArgumentsComeBackAsNone() {
        assertEquals(List.of(), notification(List.of()).argumentList());
    }

    @Test
    void aSingleEmptyArgumentComesBack() {
        assertEquals(List.of(""), notification(List.of("")).argumentList());
    }

    @Test
    void theSeparatorInsideAnArgumentCannotSplitIt() {
        List<String> arguments = notification(List.of("first\u001Fsecond", "third")).argumentList();

        assertEquals(2, arguments.size());
        assertEquals(List.of("first second", "third"), arguments);
    }

    @Test
    void argumentsMadeOnlyOfSeparatorsStayOneArgumentEach() {
        assertEquals(List.of("   ", "x"), notification(List.of("\u001F\u001F\u001F", "x")).argumentList());
    }

    @Test
    void theArgumentsAreClippedToTheirColumn() {
        List<String> arguments = notification(List.of("a".repeat(600), "b".repeat(600))).argumentList();

        // Each argument is stored with its closing separator: 600 + 1 + 398 + 1 fill the column.
        assertEquals(List.of("a".repeat(600), "b".repeat(Notification.ARGUMENTS_LENGTH - 602)), arguments);
    }

    @Test
    void markReadRecordsWhenItWasRead() {
        Notification notification = notification(List.of());

        notification.markRead(READ);

        assertEquals(READ, notification.getReadAt());
    }

    @Test
    void markReadIsIdempotentAndKeepsTheFirstTime() {
        Notification notification = notification(List.of());
        notification.markRead(READ);

        notification.markRead(READ.plusSeconds(3600));

        assertEquals(READ, notification.getReadAt());
    }

    @Test
    void aNotificationNeedsRecipientKindAndKey() {
        assertEquals("recipient", assertThrows(NullPointerException.class,
                () -> new Notification(null, "k", "key", List.of(), null)).getMessage());
        assertEquals("kind", assertThrows(NullPointerException.class,
                () -> new Notification("m.mayor", null, "key", List.of(), null)).getMessage());
        assertEquals("messageKey", assertThrows(NullPointerException.class,
                () -> new Notification("m.mayor", "k", null, List.of(), null)).getMessage());
    }

    @Test
    void aNotificationMayHaveNoLink() {
        assertNull(new Notification("m.mayor", "k", "key", List.of(), null).getLink());
    }
}
