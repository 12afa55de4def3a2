package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.SweepResult;
import java.nio.file.Path;

/**
 * PLACEHOLDER, replaced at merge by the real startup reaper of the cleanup work (cleanup.md §9): it reaps nothing.
 * Ensure calls it under {@code sync-daemon.lock} before its reuse decision, exactly where the real one goes.
 */
final class PlaceholderReapStaleDaemons implements ReapStaleDaemons {
    @Override
    public SweepResult reap(Path root) {
        return SweepResult.EMPTY;
    }
}
