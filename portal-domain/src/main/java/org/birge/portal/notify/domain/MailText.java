package org.birge.portal.notify.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail's subject and plain-text body in the reader's language: one notification, or a day's digest.
 * Links are absolute ({@code baseUrl} + the notification's path), so they work from a mail client.
 */
public record MailText(String subject, String body) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What a digest lists of one notification. */
    public record Item(String kind, String messageKey, List<String> arguments, String link) {
    }

    public static MailText single(Locale locale, String baseUrl, Item item) {
        String subject = NoticeTexts.text(locale, "mail.subject", NoticeTexts.kind(locale, item.kind()));
        String body = NoticeTexts.text(locale, "mail.body", NoticeTexts.kind(locale, item.kind()),
                NoticeTexts.notification(locale, item.messageKey(), item.arguments()), absolute(baseUrl, item.link()),
                settings(baseUrl));
        return new MailText(subject, body);
    }

    public static MailText digest(Locale locale, String baseUrl, LocalDate day, List<Item> items) {
        String subject = NoticeTexts.text(locale, "mail.digest.subject", Integer.toString(items.size()),
                DAY.format(day));
        StringBuilder body = new StringBuilder(NoticeTexts.text(locale, "mail.digest.intro", DAY.format(day)))
                .append("\n\n");
        for (Item item : items) {
            body.append(NoticeTexts.text(locale, "mail.digest.item",
                    NoticeTexts.notification(locale, item.messageKey(), item.arguments()),
                    absolute(baseUrl, item.link()))).append("\n\n");
        }
        body.append(NoticeTexts.text(locale, "mail.digest.footer", settings(baseUrl)));
        return new MailText(subject, body.toString());
    }

    /** The portal's own path made absolute; anything else (or nothing) gives the notifications page. */
    static String absolute(String baseUrl, String link) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return link != null && link.startsWith("/") && !link.startsWith("//") ? base + link
                : base + "/notifications.xhtml";
    }

    static String settings(String baseUrl) {
        return absolute(baseUrl, "/notifications-settings.xhtml");
    }
}
