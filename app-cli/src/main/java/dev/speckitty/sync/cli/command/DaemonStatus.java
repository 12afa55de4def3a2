package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import java.util.Objects;
import java.util.Optional;

/** The report of {@code sync daemon status}: the recorded daemon (valid state file) and the owner record state. */
public record DaemonStatus(Optional<RecordedDaemon> recorded, OwnerRecordFacts ownerRecord) implements CommandResult {

    public DaemonStatus {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(ownerRecord, "ownerRecord");
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
