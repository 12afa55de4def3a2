package dev.speckitty.sync.core.daemon.control;

/** What the control plane can ask of the running daemon. */
public interface DaemonActions {

    /** The current health payload (daemon.md §7.1); no side effect. */
    DaemonHealth health();

    /** A request passed the token check: it counts as activity for self-retirement (daemon.md §14.2). */
    void recordActivity();

    /** Schedules a sync pass (daemon.md §13.1); returns at once. */
    void triggerSync();

    /** Starts the graceful stop (daemon.md §5.3) and returns at once. */
    void shutdown();
}
