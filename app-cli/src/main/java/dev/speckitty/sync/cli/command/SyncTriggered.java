package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.daemon.lifecycle.EnsureOutcome;
import dev.speckitty.sync.core.migration.ActiveQueue;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.util.Objects;

/**
 * {@code sync now} succeeded (cli.md §7 step 6): the daemon that was triggered (started, reused or replaced), the
 * active queue with what the migration moved into it, and its row counts after that.
 */
public record SyncTriggered(EnsureOutcome daemon, ActiveQueue queue, QueueInspection counts) implements CommandResult {

    public SyncTriggered {
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(counts, "counts");
        if (!daemon.status().running()) {
            throw new IllegalArgumentException("a trigger needs a running daemon, not " + daemon.status());
        }
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
