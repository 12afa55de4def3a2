package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.queue.QueueTable;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one migration run or dry run (on-disk.md §7.8, cli.md §6.3). {@code outcome} tells whether
 * there was anything to migrate; every table is present in {@code tables} (zeros when absent in L).
 */
public record MigrationReport(Outcome outcome, boolean dryRun, Path legacy, Path scoped,
                              Map<QueueTable, TableReport> tables) {

    public enum Outcome {
        /** {@code <R>/queue.db} does not exist. */
        NO_LEGACY_QUEUE,
        /** L exists but holds none of the three tables. */
        NO_QUEUE_TABLES,
        /** The algorithm ran (possibly over zero rows). */
        RAN
    }

    public MigrationReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(legacy, "legacy");
        Objects.requireNonNull(scoped, "scoped");
        EnumMap<QueueTable, TableReport> copy = new EnumMap<>(QueueTable.class);
        for (QueueTable t : QueueTable.values()) {
            copy.put(t, tables.getOrDefault(t, TableReport.empty()));
        }
        tables = Map.copyOf(copy);
    }

    public TableReport table(QueueTable table) {
        return tables.get(table);
    }

    /** copied + duplicate + merged over all tables. */
    public long migrated() {
        return tables.values().stream().mapToLong(TableReport::migrated).sum();
    }

    public long quarantined() {
        return tables.values().stream().mapToLong(TableReport::quarantined).sum();
    }

    public long remainingLegacyRows() {
        return tables.values().stream().mapToLong(TableReport::remaining).sum();
    }
}
