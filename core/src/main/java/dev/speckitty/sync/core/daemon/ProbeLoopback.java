package dev.speckitty.sync.core.daemon;

import java.time.Duration;

/**
 * Talks to 127.0.0.1 ports of the sync range, and only those: the {@link SyncPort} type makes a probe of any
 * other port impossible. Never sends a token; {@code /api/health} needs none.
 */
public interface ProbeLoopback {

    /** Whether a TCP connect to {@code 127.0.0.1:<port>} succeeds within the timeout (the socket is closed at once). */
    boolean accepts(SyncPort port, Duration timeout);

    /**
     * {@code GET http://127.0.0.1:<port>/api/health} with {@code Host: 127.0.0.1:<port>}, everything within the
     * timeout. {@link HealthProbe.Responded} iff HTTP 200 and the body is a strict UTF-8 JSON object.
     */
    HealthProbe health(SyncPort port, Duration timeout);
}
