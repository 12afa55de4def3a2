package dev.speckitty.sync.process;

import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Probes many sync-range ports at once (cleanup.md §3.1 steps 1–2): each port's connect check and health probe run
 * on a small pool of daemon threads that lives only for one scan, so wedged listeners hold the scan for one health
 * timeout, not one each. Results keep the order asked for.
 */
final class ConcurrentLoopbackScan implements ScanLoopbackPorts {
    /** Enough to cover the whole 50-port range in a few rounds without a thread per port. */
    static final int MAX_THREADS = 16;

    private final ProbeLoopback loopback;

    ConcurrentLoopbackScan(ProbeLoopback loopback) {
        this.loopback = loopback;
    }

    @Override
    public List<PortProbe> scan(List<SyncPort> ports, Duration connectTimeout, Duration healthTimeout) {
        if (ports.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_THREADS, ports.size()), daemonThreads());
        try {
            List<Future<PortProbe>> pending = new ArrayList<>();
            for (SyncPort port : ports) {
                pending.add(pool.submit(() -> probe(port, connectTimeout, healthTimeout)));
            }
            List<PortProbe> probes = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                probes.add(result(pending.get(i), ports.get(i)));
            }
            return List.copyOf(probes);
        } finally {
            pool.shutdownNow();
        }
    }

    private PortProbe probe(SyncPort port, Duration connectTimeout, Duration healthTimeout) {
        return new PortProbe(port, loopback.accepts(port, connectTimeout)
                ? Optional.of(loopback.health(port, healthTimeout)) : Optional.empty());
    }

    /** A probe that failed unexpectedly counts as nothing found on that port: a per-port error never aborts the scan. */
    private static PortProbe result(Future<PortProbe> future, SyncPort port) {
        try {
            return future.get();
        } catch (ExecutionException perPortError) {
            return new PortProbe(port, Optional.empty());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scanning port " + port.value(), interrupted);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sync-port-scan-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
