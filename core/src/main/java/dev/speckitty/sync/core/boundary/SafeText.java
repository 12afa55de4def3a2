package dev.speckitty.sync.core.boundary;

/**
 * Makes a string that came from another process or a file safe for human output and log lines
 * (clarifications #29): C0 and C1 control characters, DEL and U+2028/U+2029 are written as {@code \}{@code uXXXX}
 * (lower-case hex), and the result is cut to {@value #MAX_LENGTH} characters, the last being {@code …}.
 * JSON output never goes through here; it carries the raw value, JSON-escaped.
 */
public final class SafeText {

    public static final int MAX_LENGTH = 200;
    private static final char ELLIPSIS = '\u2026';

    private SafeText() {
    }

    /** The safe form; null stays null. An escape sequence or a surrogate pair is never split by the cut. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int lastFit = -1; // length of out when it last still fitted before the ellipsis
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (out.length() <= MAX_LENGTH - 1) {
                lastFit = out.length();
            }
            if (codePoint <= 0xffff && needsEscape((char) codePoint)) {
                out.append(String.format("\\u%04x", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
            if (out.length() > MAX_LENGTH) {
                return out.substring(0, lastFit) + ELLIPSIS;
            }
        }
        return out.toString();
    }

    /**
     * Only the escaping, without the length cut: for text the operator typed (argv echoed in a usage error), which
     * must not carry control sequences to the terminal (cli.md §1.11) but is not another process's output.
     */
    public static String escapeControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
