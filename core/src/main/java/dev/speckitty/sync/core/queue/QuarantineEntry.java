package dev.speckitty.sync.core.queue;

import java.util.Objects;

/**
 * One {@code migration_quarantine} row (on-disk.md §6.5). Row JSONs are canonical row JSON text;
 * {@code scopedRowJson} may be null.
 */
public record QuarantineEntry(String table, String stableKey, String reason, String quarantinedAt,
                              String legacyRowJson, String scopedRowJson) {
    public QuarantineEntry {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(stableKey, "stableKey");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(quarantinedAt, "quarantinedAt");
        Objects.requireNonNull(legacyRowJson, "legacyRowJson");
    }
}
