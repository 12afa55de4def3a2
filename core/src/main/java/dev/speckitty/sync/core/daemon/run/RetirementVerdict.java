package dev.speckitty.sync.core.daemon.run;

import java.util.Locale;

/** What one self-retirement tick decided (daemon.md §14.2); {@link #reason()} is the logged form. */
public enum RetirementVerdict {
    /** A sync pass is in flight: keep running. */
    SYNC_IN_FLIGHT(false),
    /** The state file names another live daemon on another port: retire. */
    SUPERSEDED(true),
    /** Idle for the whole window and no periodic pass due within it: retire. */
    IDLE_TIMEOUT(true),
    /** Otherwise: keep running. */
    ACTIVE(false);

    private final boolean retires;

    RetirementVerdict(boolean retires) {
        this.retires = retires;
    }

    public boolean retires() {
        return retires;
    }

    /** {@code sync_in_flight}, {@code superseded}, {@code idle_timeout}, {@code active}. */
    public String reason() {
        return name().toLowerCase(Locale.ROOT);
    }
}
