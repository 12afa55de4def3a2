package dev.speckitty.sync.core.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stable key of a queue row (on-disk.md §6.8): the key columns of its table in order, or — for a row of a
 * schema-incompatible table — its legacy rowid. Renders as key JSON (the {@code stable_key} column) and as the
 * log key rendering of §7.6.
 */
public record StableKey(List<Map.Entry<String, CellValue>> parts, boolean rowidKey) {

    /** Each TEXT value in a log line is cut to this many characters (clarifications #29). */
    static final int LOG_VALUE_LIMIT = 200;

    public StableKey {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a stable key has at least one part");
        }
        parts = parts.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** The key of {@code row} (a row as it reads after the column mapping). Absent key columns read as NULL. */
    public static StableKey of(QueueTable table, QueueRow row) {
        List<Map.Entry<String, CellValue>> parts = new ArrayList<>();
        for (String column : table.keyColumns()) {
            parts.add(Map.entry(column, row.valueOrNull(column)));
        }
        return new StableKey(parts, false);
    }

    /** {@code {"rowid":<n>}}, the key of a {@code schema_incompatible} row. */
    public static StableKey ofRowid(long rowid) {
        return new StableKey(List.of(Map.entry("rowid", CellValue.integer(rowid))), true);
    }

    /** Whether every key column holds a value; false means the row is an {@code invalid_key}. */
    public boolean complete() {
        return parts.stream().noneMatch(e -> e.getValue().isNull());
    }

    /** Key JSON, e.g. {@code {"event_id":"01J2Z3Y4X5W6V7T8S9R0QPNMKJ"}}. */
    public String json() {
        return CanonicalJson.object(parts);
    }

    /**
     * Log key rendering, e.g. {@code event_id='e1'}: {@code col=value} joined by {@code ,}; TEXT quoted with
     * {@code \} and {@code '} escaped, control characters as {@code \}{@code uXXXX} and cut to 200 characters
     * (clarifications #29); numbers in decimal; NULL as {@code NULL}; BLOB as {@code x'<hex>'} (decided here).
     */
    public String logRendering() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, CellValue> part : parts) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(part.getKey()).append('=');
            CellValue value = part.getValue();
            if (value instanceof CellValue.TextCell t) {
                out.append('\'').append(quoted(t.value())).append('\'');
            } else if (value instanceof CellValue.IntegerCell i) {
                out.append(i.value());
            } else if (value instanceof CellValue.RealCell r) {
                out.append(CanonicalJson.real(r.value()).replace("\"", ""));
            } else if (value instanceof CellValue.BlobCell b) {
                out.append("x'").append(java.util.HexFormat.of().formatHex(b.value())).append('\'');
            } else {
                out.append("NULL");
            }
        }
        return out.toString();
    }

    private static String quoted(String value) {
        String cut = value.length() > LOG_VALUE_LIMIT ? value.substring(0, LOG_VALUE_LIMIT) + "…" : value;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
