package dev.speckitty.sync.core.daemon.lifecycle;

import java.util.Locale;

/** The {@code status} of an ensure outcome (daemon.md §3.4; {@code refused}: clarifications #35). */
public enum EnsureStatus {
    STARTED,
    REUSED,
    REPLACED,
    SKIPPED,
    FAILED,
    /** A healthy reference (Python-shaped) singleton that does not match is left running. */
    REFUSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A daemon of this root now runs and is recorded. */
    public boolean running() {
        return this == STARTED || this == REUSED || this == REPLACED;
    }
}
