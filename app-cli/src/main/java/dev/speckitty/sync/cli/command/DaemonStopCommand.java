package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.daemon.lifecycle.StopDaemon;
import jakarta.inject.Inject;

/** {@code spec-kitty sync daemon stop} (cli.md §8.2, daemon.md §12.1): signals only verified processes. */
public final class DaemonStopCommand {
    private final StopDaemon stop;

    @Inject
    public DaemonStopCommand(StopDaemon stop) {
        this.stop = stop;
    }

    public DaemonStopped run() {
        return new DaemonStopped(stop.stop());
    }
}
