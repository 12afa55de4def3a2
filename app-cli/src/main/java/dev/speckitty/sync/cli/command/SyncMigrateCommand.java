package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.queue.InspectQueues;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code spec-kitty sync migrate [--dry-run | --show-quarantine]} (cli.md §6, clarifications #14, #32). Not gated
 * by the boundary check: it is the remedy R4. It calls the migration directly, never through the queue
 * accessor; without an identity there is no scoped queue, so it refuses.
 */
public final class SyncMigrateCommand {

    static final List<String> WORDS = List.of("sync", "migrate");
    static final String NO_ACTIVE_SCOPE = "NO_ACTIVE_SCOPE";

    private final ResolvedIdentity identity;
    private final Path root;
    private final InspectQueues queues;
    private final MigrateLegacyQueue migration;

    @Inject
    public SyncMigrateCommand(ResolvedIdentity identity, @Root Path root, InspectQueues queues,
                              MigrateLegacyQueue migration) {
        this.identity = identity;
        this.root = root;
        this.queues = queues;
        this.migration = migration;
    }

    public CommandResult run(boolean dryRun, boolean showQuarantine) {
        QueuePaths paths = identity.queuePaths();
        if (paths.scoped().isEmpty() || identity.scope().isEmpty()) {
            return noActiveScope(paths.legacy());
        }
        Path scoped = paths.scoped().get();
        String scope = identity.scope().get().value();
        if (showQuarantine) {
            return new QuarantineListing(scope, scoped, queues.quarantine(scoped));
        }
        // Checked read-only first, so that a root without a legacy queue gets no lock file (nor a root directory).
        if (!queues.inspect(paths.legacy()).exists()) {
            return new MigrationRun(scope, new MigrationReport(MigrationReport.Outcome.NO_LEGACY_QUEUE, dryRun,
                    paths.legacy(), scoped, Map.of()));
        }
        try {
            return new MigrationRun(scope, dryRun ? migration.dryRun(root, scoped) : migration.migrate(root, scoped));
        } catch (LockUnavailableException | MigrationFailedException e) {
            return new MigrationFailed(e.getMessage());
        } catch (UncheckedIOException e) { // a root I/O error (cli.md §1.14): the reason names the path and error
            IOException cause = e.getCause();
            return new MigrationFailed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static Refusal noActiveScope(Path legacy) {
        return new Refusal(WORDS, NO_ACTIVE_SCOPE, "no authenticated identity, so there is no scoped queue to migrate"
                + " into", List.of(Refusal.Entry.of("no_active_scope",
                legacy + " is the active queue while unauthenticated", Remediation.R5)));
    }
}
