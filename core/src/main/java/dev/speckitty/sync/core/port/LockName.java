package dev.speckitty.sync.core.port;

/** The advisory lock files under the root (on-disk.md §4.4), with their acquisition budgets. */
public enum LockName {
    SYNC_DAEMON("sync-daemon.lock", 600),
    QUEUE_MIGRATION("queue-migration.lock", 100),
    SYNC_OWNER("sync-owner.lock", 100),
    CLOCK("clock.lock", 100);

    private final String fileName;
    private final int attempts;

    LockName(String fileName, int attempts) {
        this.fileName = fileName;
        this.attempts = attempts;
    }

    public String fileName() {
        return fileName;
    }

    /** Non-blocking attempts, 0.1 s apart. */
    public int attempts() {
        return attempts;
    }

    /** Whole seconds of the budget, as printed in messages ("within 10s", "within 60s"). */
    public int budgetSeconds() {
        return attempts / 10;
    }
}
