package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.queue.QuarantineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** {@code sync migrate --show-quarantine} (clarifications #32): read-only, exit 0. */
public record QuarantineListing(String scope, Path scopedDbPath, List<QuarantineEntry> entries)
        implements CommandResult {
    public QuarantineListing {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopedDbPath, "scopedDbPath");
        entries = List.copyOf(entries);
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
