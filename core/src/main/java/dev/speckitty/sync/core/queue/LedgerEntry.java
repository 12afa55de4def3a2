package dev.speckitty.sync.core.queue;

import java.util.Objects;

/**
 * One {@code migration_ledger} row (on-disk.md §6.6): a legacy row (table, key, digest) applied to the scoped
 * DB and not yet deleted from the legacy DB. {@code appliedAt} is a seconds-form timestamp.
 */
public record LedgerEntry(LedgerKey key, RowOutcome outcome, String appliedAt) {
    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }
}
