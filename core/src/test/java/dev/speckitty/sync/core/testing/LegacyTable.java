package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.QueueRow;
import java.util.List;
import java.util.Objects;

/**
 * A table to create in a test legacy DB: its columns in order and its rows (a row may omit columns, which
 * then hold NULL). A column named {@code id} is the INTEGER PRIMARY KEY (rowid alias); other columns carry no
 * declared type, so every value keeps its storage class.
 */
public record LegacyTable(String name, List<String> columns, List<QueueRow> rows) {
    public LegacyTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
