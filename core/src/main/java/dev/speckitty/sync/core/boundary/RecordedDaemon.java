package dev.speckitty.sync.core.boundary;

import java.util.Objects;

/**
 * The recorded singleton named by a valid state file (on-disk.md §8.1) and the outcome of one health probe
 * (daemon.md §7.2). {@code pid} is null when the state file has none. {@code packageVersion},
 * {@code protocolVersion} and {@code healthOwnerBlockPresent} come from the health response and are only
 * known when the probe succeeded.
 */
public record RecordedDaemon(
        String url,
        Long pid,
        int port,
        boolean healthy,
        boolean healthOwnerBlockPresent,
        String packageVersion,
        Long protocolVersion) {

    public RecordedDaemon {
        Objects.requireNonNull(url, "url");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (pid != null && pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        if (!healthy && (healthOwnerBlockPresent || packageVersion != null || protocolVersion != null)) {
            throw new IllegalArgumentException("health details exist only for a healthy daemon");
        }
    }

    /** A recorded daemon that did not pass the health probe. */
    public static RecordedDaemon unhealthy(String url, Long pid, int port) {
        return new RecordedDaemon(url, pid, port, false, false, null, null);
    }
}
