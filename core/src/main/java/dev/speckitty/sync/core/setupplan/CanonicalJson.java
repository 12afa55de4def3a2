package dev.speckitty.sync.core.setupplan;

import java.util.Iterator;
import java.util.Map;

/**
 * Compact JSON with sorted keys (no whitespace), for lifecycle lines (on-disk.md §10.2) and queue envelopes
 * (§10.3). Escaping matches Gson with HTML escaping disabled (on-disk.md §1.6): {@code "} and {@code \}, the
 * short escapes {@code \b \t \n \f \r}, other control characters and U+2028/U+2029 as six-character unicode
 * escapes with lowercase hex; everything else, including non-ASCII, is written as itself. Unpaired surrogates
 * are escaped too, so the output is always valid UTF-8.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value) {
        if (value instanceof JsonValue.Obj obj) {
            out.append('{');
            Iterator<Map.Entry<String, JsonValue>> members = obj.members().entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                appendString(out, member.getKey());
                out.append(':');
                append(out, member.getValue());
                if (members.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof JsonValue.Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, arr.elements().get(i));
            }
            out.append(']');
        } else if (value instanceof JsonValue.Str str) {
            appendString(out, str.value());
        } else if (value instanceof JsonValue.Num num) {
            out.append(num.literal());
        } else if (value instanceof JsonValue.Bool bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String text, int index) {
        char c = text.charAt(index);
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }
}
