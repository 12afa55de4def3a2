package dev.speckitty.sync.core.migration;

import java.util.List;

/** Per-table migration counts (on-disk.md §7.8). */
public record TableReport(long copied, long duplicate, long merged, long quarantined, long remaining,
                          List<String> droppedColumns) {

    public TableReport {
        droppedColumns = List.copyOf(droppedColumns);
    }

    public static TableReport empty() {
        return new TableReport(0, 0, 0, 0, 0, List.of());
    }

    public long migrated() {
        return copied + duplicate + merged;
    }
}
