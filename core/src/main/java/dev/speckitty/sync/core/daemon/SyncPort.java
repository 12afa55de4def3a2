package dev.speckitty.sync.core.daemon;

/**
 * A port of the sync range {@code [9400, 9450)} (daemon.md §1). The range is immutable; a narrowed
 * allocation range (SPEC_KITTY_SYNC_PORT_RANGE) is always a sub-range of it. Loopback probes take this type,
 * so a port outside the range cannot be probed at all.
 */
public record SyncPort(int value) {
    public static final int FIRST = 9400;
    public static final int COUNT = 50;
    /** One past the last sync port. */
    public static final int END = FIRST + COUNT;

    public SyncPort {
        if (!contains(value)) {
            throw new IllegalArgumentException("port " + value + " is outside the sync range [" + FIRST + ", " + END + ")");
        }
    }

    public static boolean contains(long port) {
        return port >= FIRST && port < END;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
