package dev.speckitty.sync.core.daemon;

import java.util.Locale;

/** Why a readable owner record is an orphan (daemon.md §10), in reporting order. */
public enum OrphanReason {
    /** No process has the pid, or it is a zombie. */
    PID_NOT_ALIVE,
    /** The process's start instant is later than {@code started_at} plus 2 s: the pid belongs to a newer process. */
    PID_RECYCLED,
    /** {@code executable_path} does not exist. */
    EXECUTABLE_MISSING,
    /** Checking {@code executable_path} failed with an error (fail closed). */
    EXECUTABLE_UNVERIFIABLE;

    /** The wire form, e.g. {@code pid_not_alive}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
