package org.birge.portal.feedback.domain;

import java.util.regex.Pattern;

/**
 * A resident's or official's free text as it may be shown on a public page: e-mail addresses and telephone
 * numbers someone wrote into it are replaced by a mark, so that a public appeal or its answer does not give
 * away how to reach its author even when the author (or the official answering) wrote it into the text.
 * Names cannot be recognised reliably and are the mayor's to hide (moderation).
 */
public final class PublicFeedbackText {

    /** What replaces a contact in a public text. */
    public static final String MARK = "[…]";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /**
     * A telephone number of Kazakhstan (+7 or 8, then ten digits, in the usual groupings: 8 701 123 45 67,
     * +7 (701) 123-45-67, 87011234567) or any number written with a leading + and at least nine digits.
     * Years, dates, amounts and house numbers do not have that shape.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+])(?:"
            + "(?:\\+\\s?7|8|7)[\\s(.-]{0,2}\\d{3}[\\s).-]{0,2}\\d{3}[\\s.-]?\\d{2}[\\s.-]?\\d{2}"
            + "|\\+\\d(?:[\\s().-]{0,2}\\d){8,14})(?![\\p{L}\\p{N}])");

    private PublicFeedbackText() {
    }

    /** The text with its e-mail addresses and telephone numbers replaced by {@link #MARK}; null stays null. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String withoutMail = EMAIL.matcher(text).replaceAll(MARK);
        return PHONE.matcher(withoutMail).replaceAll(MARK);
    }
}
