package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daemon side of the boundary facts (cli.md §3.1): the owner record state, the recorded singleton with one
 * health probe, and the mismatches against whichever daemon side daemon.md §9.4 chooses.
 */
public record DaemonFacts(OwnerRecordFacts ownerRecord, Optional<RecordedDaemon> recordedDaemon,
                          List<FieldMismatch> mismatches) {
    public DaemonFacts {
        Objects.requireNonNull(ownerRecord, "ownerRecord");
        Objects.requireNonNull(recordedDaemon, "recordedDaemon");
        mismatches = List.copyOf(mismatches);
    }
}
