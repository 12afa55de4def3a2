package dev.speckitty.sync.core.queue;

import java.util.Objects;

/** The primary key of a {@code migration_ledger} entry (on-disk.md §6.6). */
public record LedgerKey(QueueTable table, String stableKey, String legacyRowSha256) {
    public LedgerKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(stableKey, "stableKey");
        Objects.requireNonNull(legacyRowSha256, "legacyRowSha256");
    }
}
