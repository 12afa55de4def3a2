package dev.speckitty.sync.core.queue;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One row of a queue table: column name → cell, iterated in column-name order. */
public record QueueRow(Map<String, CellValue> columns) {

    public QueueRow {
        Objects.requireNonNull(columns, "columns");
        TreeMap<String, CellValue> sorted = new TreeMap<>();
        columns.forEach((name, value) -> sorted.put(Objects.requireNonNull(name, "column name"),
                Objects.requireNonNull(value, "value of " + name)));
        columns = Collections.unmodifiableSortedMap(sorted);
    }

    public static QueueRow of(Map<String, CellValue> columns) {
        return new QueueRow(columns);
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell of {@code column}, or empty when the row has no such column. */
    public Optional<CellValue> get(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** The cell of {@code column}; a missing column reads as NULL. */
    public CellValue valueOrNull(String column) {
        return columns.getOrDefault(column, CellValue.NULL);
    }

    public Set<String> names() {
        return columns.keySet();
    }

    /** A copy without {@code column}. */
    public QueueRow without(String column) {
        TreeMap<String, CellValue> copy = new TreeMap<>(columns);
        copy.remove(column);
        return new QueueRow(copy);
    }

    /** A copy with {@code column} set to {@code value}. */
    public QueueRow with(String column, CellValue value) {
        TreeMap<String, CellValue> copy = new TreeMap<>(columns);
        copy.put(column, value);
        return new QueueRow(copy);
    }

    /** The size this row counts towards a batch snapshot. */
    public long snapshotBytes() {
        return columns.values().stream().mapToLong(CellValue::snapshotBytes).sum();
    }
}
