package dev.speckitty.sync.core.daemon.lifecycle;

/** Who asks for a daemon (daemon.md §3.1). */
public enum EnsureIntent {
    /** {@code sync daemon start}, {@code doctor restart-daemon}: ignores SPEC_KITTY_SYNC_DISABLE and {@code manual}. */
    EXPLICIT,
    /** {@code sync now}. */
    AUTO
}
