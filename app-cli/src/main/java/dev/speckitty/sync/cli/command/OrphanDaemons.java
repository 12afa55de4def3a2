package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.daemon.lifecycle.RetireOutcome;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of {@code doctor orphan-daemons} (cli.md §10.3–§10.5): the owner record as it is after the optional
 * retirement, what the retirement did, and the live scan.
 */
public record OrphanDaemons(OwnerRecordFacts ownerRecord, Optional<RetireOutcome> retirement,
                            FindLiveOrphans.LiveOrphanScan liveScan, Path root) implements CommandResult {

    public OrphanDaemons {
        Objects.requireNonNull(ownerRecord, "ownerRecord");
        Objects.requireNonNull(retirement, "retirement");
        Objects.requireNonNull(liveScan, "liveScan");
        Objects.requireNonNull(root, "root");
    }

    /** 1 while an orphan record, an unreadable record or a live orphan daemon remains (§10.5). */
    @Override
    public int exitCode() {
        boolean findings = ownerRecord.isOrphan() || ownerRecord.unreadable().isPresent()
                || !liveScan.orphans().isEmpty();
        return findings ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
