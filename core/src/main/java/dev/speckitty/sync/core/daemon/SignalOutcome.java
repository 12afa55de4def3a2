package dev.speckitty.sync.core.daemon;

/** What sending one signal did (daemon.md §11.4, cleanup.md §8.3). */
public enum SignalOutcome {
    /** The signal was sent. */
    DELIVERED,
    /** The call failed and the process is still alive (e.g. another user's process): {@code access_denied_on_*}. */
    DENIED,
    /** No process had the pid (before the call, or the call failed because it had just exited); nothing was sent. */
    NO_SUCH_PROCESS
}
