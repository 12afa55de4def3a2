package dev.speckitty.sync.core.daemon.lifecycle;

import java.util.Locale;

/** The outcomes of {@code doctor restart-daemon} (daemon.md §12.2, cli.md §11). */
public enum RestartStatus {
    RESTARTED,
    STALE_OWNER_CLEANED,
    /** SaaS sync disabled: metadata cleared, no respawn. */
    STOPPED,
    NO_OWNER,
    RESPAWN_FAILED,
    STOP_FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
