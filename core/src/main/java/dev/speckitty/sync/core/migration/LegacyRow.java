package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.queue.CanonicalJson;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.LedgerKey;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.RowDigest;
import dev.speckitty.sync.core.queue.SnapshotRow;
import dev.speckitty.sync.core.queue.StableKey;

/**
 * A snapshotted legacy row with everything the migration derives from it: the row as it reads after the
 * column mapping, its stable key ({@code {"rowid":n}} in a schema-incompatible table), its canonical row JSON
 * and digest, and so its ledger key.
 */
record LegacyRow(SnapshotRow snapshot, QueueRow view, StableKey key, String json, String digest) {

    static LegacyRow of(ColumnMapping mapping, SnapshotRow snapshot) {
        QueueRow view = mapping.readView(snapshot.row());
        StableKey key = mapping.schemaIncompatible()
                ? StableKey.ofRowid(snapshot.rowid())
                : StableKey.of(mapping.table(), view);
        String json = CanonicalJson.row(view);
        return new LegacyRow(snapshot, view, key, json, RowDigest.ofJson(json));
    }

    LedgerKey ledgerKey(ColumnMapping mapping) {
        return new LedgerKey(mapping.table(), key.json(), digest);
    }
}
