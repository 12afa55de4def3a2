package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Steps 1 and 2 of discovery (cleanup.md §3.1) for many ports at once: a TCP connect to {@code 127.0.0.1:<p>}
 * and, when it connects, {@code GET /api/health}. The ports may be probed concurrently (a scan of 50 ports with
 * nothing listening must take well under a second, and wedged listeners each hold a health probe for its whole
 * timeout); core has no threads, so the concurrency lives behind this port. Only sync-range ports can be named
 * ({@link SyncPort}); nothing is signalled and no token is ever sent.
 */
public interface ScanLoopbackPorts {

    /**
     * @return one result per requested port, in the order requested; a per-port failure is a port that did not
     *         connect or whose health probe did not respond, never an exception
     */
    List<PortProbe> scan(List<SyncPort> ports, Duration connectTimeout, Duration healthTimeout);

    /** One scanned port: {@code health} is empty when the connect did not succeed (nothing listens there). */
    record PortProbe(SyncPort port, Optional<HealthProbe> health) {
        public PortProbe {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(health, "health");
        }

        public boolean listening() {
            return health.isPresent();
        }
    }
}
