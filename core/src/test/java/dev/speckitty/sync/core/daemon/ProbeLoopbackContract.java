package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.OpenPort;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link ProbeLoopback} does; subclassed for the fake and for the socket adapter. */
public abstract class ProbeLoopbackContract {
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    protected abstract ProbeLoopback probe();

    /** A sync-range port on 127.0.0.1 whose health answer is this report. */
    protected abstract OpenPort serveHealth(HealthReport report) throws Exception;

    /** A sync-range port on 127.0.0.1 that answers health with HTTP 200 and a JSON body that is not an object. */
    protected abstract OpenPort serveNonObjectHealth() throws Exception;

    /** A sync-range port on 127.0.0.1 that accepts connections and never answers. */
    protected abstract OpenPort serveSilence() throws Exception;

    /** A sync-range port on which nothing listens. */
    protected abstract SyncPort closedPort() throws Exception;

    /** A report with every field set, as the product's daemon would send it. */
    protected static HealthReport sampleReport() {
        HealthOwner owner = new HealthOwner(4242L, 9400L, "3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1",
                "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "/r/queues/queue-8b85169673aa98b5.db",
                "2026-05-17T16:42:00+00:00");
        return new HealthReport("ok", "sync", false, "/r", 1L, "3.2.4", new SyncActivity(false, null, 0L), "Offline", owner);
    }

    @Test
    void aHealthyDaemonAcceptsAndReports() throws Exception {
        try (OpenPort served = serveHealth(sampleReport())) {
            SyncPort port = new SyncPort(served.port());
            assertTrue(probe().accepts(port, TIMEOUT));
            assertEquals(new HealthProbe.Responded(sampleReport()), probe().health(port, TIMEOUT));
        }
    }

    @Test
    void aBodyThatIsNoObjectIsNoResponse() throws Exception {
        try (OpenPort served = serveNonObjectHealth()) {
            SyncPort port = new SyncPort(served.port());
            assertTrue(probe().accepts(port, TIMEOUT));
            assertInstanceOf(HealthProbe.NotResponded.class, probe().health(port, TIMEOUT));
        }
    }

    @Test
    void aSilentListenerIsNoResponseWithinTheTimeout() throws Exception {
        try (OpenPort silent = serveSilence()) {
            SyncPort port = new SyncPort(silent.port());
            long started = System.nanoTime();
            assertInstanceOf(HealthProbe.NotResponded.class, probe().health(port, TIMEOUT));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT.multipliedBy(5)) < 0);
        }
    }

    @Test
    void aClosedPortNeitherAcceptsNorResponds() throws Exception {
        SyncPort port = closedPort();
        assertFalse(probe().accepts(port, TIMEOUT));
        assertInstanceOf(HealthProbe.NotResponded.class, probe().health(port, TIMEOUT));
    }
}
