package org.birge.portal.training.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545) that calendar programs import: one VCALENDAR of VEVENTs with times in
 * UTC, text values escaped, lines ending in CRLF and folded at 75 octets without splitting a character.
 */
public final class ICalendarWriter {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** How sure the event is: STATUS of a VEVENT. */
    public enum Status { TENTATIVE, CONFIRMED, CANCELLED }

    /**
     * One event. {@code uid} stays the same for the same event in every export, {@code sequence} grows when
     * it changes, so that a program importing the file again updates the event rather than adding another.
     * {@code location}, {@code url} and {@code description} may be null.
     */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String location,
                        String url, String description, Status status) {
    }

    private ICalendarWriter() {
    }

    /** The calendar named {@code name}, written at {@code stamp}, holding {@code events}. */
    public static String write(String name, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Birge//Training calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.location() != null && !event.location().isBlank()) {
                line(out, "LOCATION:" + escape(event.location()));
            }
            if (event.url() != null && !event.url().isBlank()) {
                // A URI value, not text: it is written as it is (the portal accepts only http(s) addresses).
                line(out, "URL:" + event.url().strip());
            }
            if (event.description() != null && !event.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            line(out, "STATUS:" + event.status().name());
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends one content line, folded: no physical line longer than 75 octets of UTF-8, continuation lines
     * starting with a space, and a character never split across two lines.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
