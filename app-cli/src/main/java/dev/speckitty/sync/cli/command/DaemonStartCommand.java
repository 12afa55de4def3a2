package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureIntent;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureOutcome;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureRequest;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureStatus;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code spec-kitty sync daemon start} (cli.md §8.1): ensure with intent {@code explicit}; not gated by the boundary
 * check, ignores SPEC_KITTY_SYNC_DISABLE and {@code manual}, runs the startup reaper.
 */
public final class DaemonStartCommand {
    static final List<String> WORDS = List.of("sync", "daemon", "start");
    static final String DAEMON_START_FAILED = "DAEMON_START_FAILED";

    private final EnsureDaemon ensure;
    private final Environment environment;
    private final ForegroundIdentity foreground;
    private final ResolvedIdentity identity;
    private final Path root;

    @Inject
    public DaemonStartCommand(EnsureDaemon ensure, Environment environment, ForegroundIdentity foreground,
                              ResolvedIdentity identity, @Root Path root) {
        this.ensure = ensure;
        this.environment = environment;
        this.foreground = foreground;
        this.identity = identity;
        this.root = root;
    }

    public CommandResult run() {
        EnsureOutcome outcome = ensure.ensure(new EnsureRequest(EnsureIntent.EXPLICIT, environment, foreground,
                identity.config().backgroundDaemon()));
        if (outcome.status().running()) {
            return new DaemonStarted(outcome);
        }
        if (outcome.status() == EnsureStatus.SKIPPED) {
            return DaemonRefusals.saasDisabled(WORDS);
        }
        if (outcome.status() == EnsureStatus.REFUSED) {
            return DaemonRefusals.referenceDaemon(WORDS, outcome.error());
        }
        return startFailed(outcome.error(), root);
    }

    /** {@code Sync daemon failed to start: <error>} with R12 (also {@code sync now}'s, cli.md §7 step 4). */
    static CommandFailure startFailed(String error, Path root) {
        return new CommandFailure(DAEMON_START_FAILED, "Sync daemon failed to start: " + error, Remediation.r12(root));
    }
}
