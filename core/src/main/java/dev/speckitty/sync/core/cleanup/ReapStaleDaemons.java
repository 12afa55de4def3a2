package dev.speckitty.sync.core.cleanup;

import java.nio.file.Path;

/**
 * The startup reaper (cleanup.md §9): discovers the listeners of the scan range and sweeps exactly the
 * {@code safe_auto} ones; {@code operator_required} ones are reported in {@code skipped}. Called by ensure while
 * it holds {@code sync-daemon.lock} (reentrant); never spawns; its failures are logged, never thrown.
 */
public interface ReapStaleDaemons {
    SweepResult reap(Path root);
}
