package dev.speckitty.sync.core.daemon.lifecycle;

/** Why a stop failed; ensure and restart word their own errors from it (daemon.md §3.2 step 2.3, §12.2). */
public enum StopFailure {
    /** {@code sync-daemon.lock} was not acquired within 60 s; nothing changed. */
    LOCK_UNAVAILABLE,
    /** A state file without a pid, and the daemon's pid could not be established; nothing was sent. */
    PID_UNDETERMINED,
    /** Verification returned {@code UNKNOWN}; nothing was signalled. */
    UNVERIFIABLE,
    /** The daemon did not end (escalation failed, a signal was denied, or its port stayed open). */
    NOT_STOPPED,
    /** A file under the root could not be changed (cli.md §1.14). */
    FILE_ERROR
}
