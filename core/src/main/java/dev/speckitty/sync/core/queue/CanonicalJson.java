package dev.speckitty.sync.core.queue;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The one writer of canonical row JSON and key JSON (on-disk.md §6.8, clarifications #12): compact, no HTML
 * escaping, non-ASCII written as itself (UTF-8 on encoding), JSON types from the SQLite storage class, REAL
 * as {@code BigDecimal.valueOf(d).toPlainString()}, BLOB as {@code {"base64":"…"}}. String escaping follows
 * Gson's (quote, backslash, short escapes, {@code \}{@code u00XX} for other controls, U+2028/U+2029 escaped),
 * so Gson parses every output back to the same values.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** Canonical row JSON: every column, members sorted by name. */
    public static String row(QueueRow row) {
        return object(List.copyOf(row.columns().entrySet()));
    }

    /** A compact object whose members appear in the given order (key JSON keeps key-column order). */
    public static String object(List<Map.Entry<String, CellValue>> members) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, CellValue> member : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, member.getKey());
            out.append(':');
            value(out, member.getValue());
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, CellValue value) {
        if (value instanceof CellValue.TextCell t) {
            string(out, t.value());
        } else if (value instanceof CellValue.IntegerCell i) {
            out.append(i.value());
        } else if (value instanceof CellValue.RealCell r) {
            out.append(real(r.value()));
        } else if (value instanceof CellValue.BlobCell b) {
            out.append("{\"base64\":\"").append(Base64.getEncoder().encodeToString(b.value())).append("\"}");
        } else {
            out.append("null");
        }
    }

    /**
     * {@code BigDecimal.valueOf(d).toPlainString()}. An infinite REAL (SQLite can store one) has no JSON
     * number; it is written as the string {@code "Infinity"} / {@code "-Infinity"} (decided here).
     */
    static String real(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return BigDecimal.valueOf(d).toPlainString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
