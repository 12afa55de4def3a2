package dev.speckitty.sync.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.OpenPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ScanLoopbackPorts} does; subclassed for the sequential fake and the concurrent adapter. */
public abstract class ScanLoopbackPortsContract {
    protected static final Duration CONNECT = Duration.ofMillis(50);
    protected static final Duration HEALTH = Duration.ofMillis(400);

    protected abstract ScanLoopbackPorts scanner();

    /** A sync-range port on 127.0.0.1 answering health with this report. */
    protected abstract OpenPort serveHealth(HealthReport report) throws Exception;

    /** A sync-range port on 127.0.0.1 that accepts connections and never answers. */
    protected abstract OpenPort serveSilence() throws Exception;

    /** A sync-range port on which nothing listens. */
    protected abstract SyncPort closedPort() throws Exception;

    protected static HealthReport sampleReport(long pid, long port) {
        return new HealthReport("ok", "sync", false, "/r", 1L, "3.2.2", new SyncActivity(false, null, 0L), "Offline",
                new HealthOwner(pid, port, "3.2.2", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                        "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1",
                        "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "/r/queues/q.db",
                        "2026-05-17T16:42:00+00:00"));
    }

    @Test
    void answersEveryPortInTheOrderAskedWithItsOwnProbe() throws Exception {
        try (OpenPort healthy = serveHealth(sampleReport(4242, 9400)); OpenPort silent = serveSilence()) {
            SyncPort closed = closedPort();
            SyncPort healthyPort = new SyncPort(healthy.port());
            SyncPort silentPort = new SyncPort(silent.port());
            List<ScanLoopbackPorts.PortProbe> probes = scanner().scan(List.of(silentPort, closed, healthyPort),
                    CONNECT, HEALTH);

            assertEquals(List.of(silentPort, closed, healthyPort),
                    probes.stream().map(ScanLoopbackPorts.PortProbe::port).toList());
            assertTrue(probes.get(0).listening());
            assertInstanceOf(HealthProbe.NotResponded.class, probes.get(0).health().orElseThrow());
            assertEquals(Optional.empty(), probes.get(1).health());
            assertEquals(Optional.of(new HealthProbe.Responded(sampleReport(4242, 9400))), probes.get(2).health());
        }
    }

    @Test
    void nothingToScanIsNothingFound() {
        assertEquals(List.of(), scanner().scan(List.of(), CONNECT, HEALTH));
    }
}
