package org.birge.portal.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private static final String BASE = "https://birge.example.kz";
    private static final MailText.Item TASK = new MailText.Item("task.assigned", "notify.task.assigned",
            List.of("Бассейн", "@project.step.endorsement", "20.03.2026"), "/governor/project.xhtml?id=7");

    @Test
    void aMailIsInTheRecipientsLanguageWithTheStepRenderedAndAnAbsoluteLink() {
        MailText ru = MailText.single(Locale.forLanguageTag("ru"), BASE, TASK);
        assertEquals("Birge: Мне назначена задача", ru.subject());
        assertTrue(ru.body().startsWith("«Бассейн»: "), ru.body());
        assertTrue(ru.body().contains(NoticeTexts.text(Locale.forLanguageTag("ru"), "project.step.endorsement")),
                ru.body());
        assertTrue(ru.body().contains("https://birge.example.kz/governor/project.xhtml?id=7"), ru.body());
        assertTrue(ru.body().contains("https://birge.example.kz/notifications-settings.xhtml"), ru.body());

        MailText kk = MailText.single(Locale.forLanguageTag("kk"), BASE + "/", TASK);
        assertEquals("Birge: Маған тапсырма берілді", kk.subject());
        assertTrue(kk.body().contains("Порталда ашу: https://birge.example.kz/governor/project.xhtml?id=7"),
                kk.body());

        MailText en = MailText.single(Locale.ENGLISH, BASE, TASK);
        assertEquals("Birge: A task is assigned to me", en.subject());
        assertFalse(en.body().contains("???"), en.body());
    }

    @Test
    void aLinkFromOutsideThePortalIsNeverMailed() {
        assertEquals(BASE + "/notifications.xhtml", MailText.absolute(BASE, "//evil.example/x"));
        assertEquals(BASE + "/notifications.xhtml", MailText.absolute(BASE, "https://evil.example/x"));
        assertEquals(BASE + "/notifications.xhtml", MailText.absolute(BASE, null));
    }

    @Test
    void aDigestListsTheDaysNotificationsInOneMail() {
        MailText.Item appeal = new MailText.Item("appeal.received", "notify.appeal.received",
                List.of("A-12", "Дорога", "01.04.2026"), "/mayor/appeal.xhtml?id=3");
        MailText digest = MailText.digest(Locale.forLanguageTag("ru"), BASE, LocalDate.of(2026, 3, 17),
                List.of(TASK, appeal));
        assertTrue(digest.subject().contains("17.03.2026"), digest.subject());
        assertTrue(digest.subject().contains("2"), digest.subject());
        assertTrue(digest.body().contains("https://birge.example.kz/governor/project.xhtml?id=7"), digest.body());
        assertTrue(digest.body().contains("A-12"), digest.body());
        assertTrue(digest.body().contains("https://birge.example.kz/mayor/appeal.xhtml?id=3"), digest.body());
    }
}
