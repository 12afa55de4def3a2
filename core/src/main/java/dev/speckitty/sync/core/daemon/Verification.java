package dev.speckitty.sync.core.daemon;

/** The result of verifying a process before a signal (daemon.md §11.1). Only {@link #VERIFIED} may be signalled. */
public enum Verification {
    /** No such process, or a zombie. */
    GONE,
    /** Alive, spawn shape, our root marker, the expected port, and not started after {@code not_after} + 2 s. */
    VERIFIED,
    /** Alive but one of the checks fails (for example a recycled pid). */
    NOT_OURS,
    /** argv or the start instant cannot be read. */
    UNKNOWN
}
