package dev.speckitty.sync.core.setupplan;

import java.util.Objects;
import java.util.regex.Pattern;

/** The {@code --mission} value of setup-plan, validated as cli.md §14.1 step 1 requires. */
public record MissionSlug(String value) {

    private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int QUOTED_LIMIT = 200;

    public MissionSlug {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException(problem(value));
        }
    }

    /** Whole-string match of {@code ^[A-Za-z0-9][A-Za-z0-9._-]*$} (a trailing newline is not accepted). */
    public static boolean isValid(String candidate) {
        return candidate != null && GRAMMAR.matcher(candidate).matches();
    }

    /**
     * The one-line usage-error message for an invalid value. The value is quoted with control characters
     * escaped and cut to 200 characters (clarifications #29), so it can be printed safely.
     */
    public static String problem(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "--mission is required and must match ^[A-Za-z0-9][A-Za-z0-9._-]*$";
        }
        return "invalid --mission value \"" + printable(candidate)
                + "\": it must match ^[A-Za-z0-9][A-Za-z0-9._-]*$";
    }

    private static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (count == QUOTED_LIMIT) {
                return out.append('…').toString();
            }
            char c = raw.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            count++;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
