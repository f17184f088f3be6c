package vn.diplomacy.common;

/** What text may hold: no NUL or other control characters (tab and line breaks aside), no lone surrogates. */
public final class Text {
    private Text() {}

    /** Why the text is refused, or null when it is fine. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain a lone surrogate (\\u" + Integer.toHexString(c) + ")";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "must not contain control characters such as \\u" + String.format("%04x", (int) c);
            }
        }
        return null;
    }
}
