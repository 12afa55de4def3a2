package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.migration.MigrationCheckpoint;
import dev.speckitty.sync.core.migration.MigrationCheckpoints;
import dev.speckitty.sync.core.queue.QueueTable;

/**
 * Crash injection for in-process tests: throws {@link SimulatedCrash} the {@code occurrence}-th time (1-based)
 * the migration reaches {@code checkpoint}. Inside the apply transaction this rolls it back, as a process
 * death would; elsewhere it abandons the run between two commits.
 */
public final class CrashAt implements MigrationCheckpoints {

    /** The simulated death of the process. */
    public static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(MigrationCheckpoint checkpoint) {
            super("simulated crash at " + checkpoint);
        }
    }

    private final MigrationCheckpoint checkpoint;
    private final int occurrence;
    private int seen;
    private boolean crashed;

    public CrashAt(MigrationCheckpoint checkpoint, int occurrence) {
        this.checkpoint = checkpoint;
        this.occurrence = occurrence;
    }

    @Override
    public synchronized void reached(MigrationCheckpoint reached, QueueTable table) {
        if (reached == checkpoint && ++seen == occurrence) {
            crashed = true;
            throw new SimulatedCrash(reached);
        }
    }

    /** Whether the crash happened (the run may have ended before the occurrence was reached). */
    public synchronized boolean crashed() {
        return crashed;
    }
}
