package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.InspectDaemon;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.port.OperatorLog;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code spec-kitty sync daemon status} (cli.md §8.3): the state file, one health probe of the recorded daemon and
 * the owner record state. Read-only; exit 0.
 */
public final class DaemonStatusCommand {
    private final InspectDaemon inspect;
    private final ResolvedIdentity identity;
    private final OperatorLog log;
    private final Path root;

    @Inject
    public DaemonStatusCommand(InspectDaemon inspect, ResolvedIdentity identity, OperatorLog log, @Root Path root) {
        this.inspect = inspect;
        this.identity = identity;
        this.log = log;
        this.root = root;
    }

    public DaemonStatus run() {
        Optional<RecordedDaemon> recorded = inspect.recordedDaemon(root);
        if (recorded.isPresent() && !identity.authenticated()) {
            log.warn("no authenticated identity; the daemon will not deliver"); // daemon.md §3.5
        }
        return new DaemonStatus(recorded, inspect.ownerRecord(root));
    }
}
