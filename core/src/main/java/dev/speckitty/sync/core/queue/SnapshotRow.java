package dev.speckitty.sync.core.queue;

import java.util.Objects;

/**
 * A legacy row as read by a batch: its rowid and every real column's value under its mapped name
 * (on-disk.md §6.7). Columns the legacy table lacks (a missing {@code coalesce_key}) are not in it.
 */
public record SnapshotRow(long rowid, QueueRow row) {
    public SnapshotRow {
        Objects.requireNonNull(row, "row");
    }
}
