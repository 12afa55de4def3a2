package dev.speckitty.sync.core.daemon.run;

/** The exit codes of the daemon process (daemon.md §5.4). */
public final class DaemonExitCodes {
    /** Graceful stop: {@code /api/shutdown}, self-retirement or SIGTERM. */
    public static final int STOPPED = 0;
    /** Invalid arguments, root marker or token. */
    public static final int INVALID_START = 2;
    /** The port could not be bound (the spawner retries on the next free port). */
    public static final int BIND_FAILED = 3;
    /** An unexpected error, reported in one log line. */
    public static final int UNEXPECTED_ERROR = 70;

    private DaemonExitCodes() {
    }
}
