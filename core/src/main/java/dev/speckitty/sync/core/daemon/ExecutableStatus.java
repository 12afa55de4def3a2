package dev.speckitty.sync.core.daemon;

/**
 * The result of checking an owner record's {@code executable_path} by reading its attributes (daemon.md §10).
 * The check fails closed: an error other than not-found is {@link #UNVERIFIABLE}, never "missing" or "present".
 */
public enum ExecutableStatus {
    PRESENT,
    /** {@code NoSuchFileException}. */
    MISSING,
    /** Any other I/O error, e.g. permission denied. */
    UNVERIFIABLE
}
