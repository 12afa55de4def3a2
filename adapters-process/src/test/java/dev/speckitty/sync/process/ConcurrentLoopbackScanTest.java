package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.cleanup.ScanLoopbackPortsContract;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.OpenPort;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The concurrent adapter against the {@link ScanLoopbackPorts} contract, plus the time budget of cleanup.md §3.1. */
class ConcurrentLoopbackScanTest extends ScanLoopbackPortsContract {
    private final ScanLoopbackPorts scanner = ProcessAdapters.scanLoopbackPorts();

    @Override
    protected ScanLoopbackPorts scanner() {
        return scanner;
    }

    @Override
    protected OpenPort serveHealth(HealthReport report) throws Exception {
        HttpServer server = SyncRangeServers.http(200, SyncRangeServers.json(report), new AtomicReference<>());
        return new OpenPort(server.getAddress().getPort(), ProcessHandle.current().pid(), () -> server.stop(0));
    }

    @Override
    protected OpenPort serveSilence() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        return new OpenPort(socket.getLocalPort(), ProcessHandle.current().pid(), socket);
    }

    @Override
    protected SyncPort closedPort() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        socket.close();
        return new SyncPort(socket.getLocalPort());
    }

    @Test
    void aFullRangeScanWithNothingAnsweringIsWellUnderASecond() {
        List<SyncPort> all = new ArrayList<>();
        for (int port = SyncPort.FIRST; port < SyncPort.END; port++) {
            all.add(new SyncPort(port));
        }
        long started = System.nanoTime();
        List<ScanLoopbackPorts.PortProbe> probes = scanner.scan(all, Duration.ofMillis(50), Duration.ofMillis(500));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(50, probes.size());
        // Other suites may hold ports of the range; the budget holds whatever listens (at most one health timeout).
        assertTrue(took.compareTo(Duration.ofMillis(900)) < 0, "full scan took " + took);
    }

    @Test
    void wedgedListenersAreProbedConcurrently() throws Exception {
        try (ServerSocket a = SyncRangeServers.silent(); ServerSocket b = SyncRangeServers.silent();
             ServerSocket c = SyncRangeServers.silent()) {
            List<SyncPort> ports = List.of(new SyncPort(a.getLocalPort()), new SyncPort(b.getLocalPort()),
                    new SyncPort(c.getLocalPort()));
            long started = System.nanoTime();
            List<ScanLoopbackPorts.PortProbe> probes = scanner.scan(ports, Duration.ofMillis(50),
                    Duration.ofMillis(400));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(probes.stream().allMatch(ScanLoopbackPorts.PortProbe::listening));
            assertTrue(took.compareTo(Duration.ofMillis(1000)) < 0, "three 0.4 s health timeouts took " + took);
        }
    }
}
