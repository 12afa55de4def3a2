package dev.speckitty.sync.process.uplink;

import dev.speckitty.sync.core.uplink.Uplink;

/** The uplink adapters (daemon.md §13.4); this release has exactly one. */
public final class Uplinks {
    private Uplinks() {
    }

    /** Fails every delivery with {@code uplink_unavailable}; no network call, no row touched. */
    public static Uplink disabled() {
        return new DisabledUplink();
    }
}
