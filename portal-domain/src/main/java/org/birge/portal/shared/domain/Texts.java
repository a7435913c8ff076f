package org.birge.portal.shared.domain;

/** Small text rules the domain shares. */
public final class Texts {

    private Texts() {
    }

    /**
     * {@code text} cut to at most {@code max} chars, never between the two halves of a character outside
     * the basic plane (an emoji, say); null stays null.
     */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
