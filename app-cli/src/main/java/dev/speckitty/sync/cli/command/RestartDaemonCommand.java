package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureIntent;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureRequest;
import dev.speckitty.sync.core.daemon.lifecycle.RestartDaemon;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * {@code spec-kitty doctor restart-daemon} (cli.md §11, daemon.md §12.2): not gated by the boundary check; works with
 * or without a state file; the remedy of R1 and R2.
 */
public final class RestartDaemonCommand {
    private final RestartDaemon restart;
    private final Environment environment;
    private final ForegroundIdentity foreground;
    private final ResolvedIdentity identity;
    private final Path root;

    @Inject
    public RestartDaemonCommand(RestartDaemon restart, Environment environment, ForegroundIdentity foreground,
                                ResolvedIdentity identity, @Root Path root) {
        this.restart = restart;
        this.environment = environment;
        this.foreground = foreground;
        this.identity = identity;
        this.root = root;
    }

    public DaemonRestarted run() {
        return new DaemonRestarted(restart.restart(new EnsureRequest(EnsureIntent.EXPLICIT, environment, foreground,
                identity.config().backgroundDaemon())), environment.saasSyncEnabled(), root);
    }
}
