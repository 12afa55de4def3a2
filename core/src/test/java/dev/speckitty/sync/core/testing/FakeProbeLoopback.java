package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up loopback ports. A port either refuses connections (the default), accepts them and answers health with
 * a report, or accepts them without a usable health answer. Every probe is recorded.
 */
public final class FakeProbeLoopback implements ProbeLoopback {
    private final Map<SyncPort, HealthProbe> listening = new HashMap<>();
    private final List<String> probes = new ArrayList<>();

    /** Accepts connections and answers health with this report. */
    public synchronized FakeProbeLoopback serve(SyncPort port, HealthReport report) {
        listening.put(port, new HealthProbe.Responded(report));
        return this;
    }

    /** Accepts connections; health gets no usable answer for this reason. */
    public synchronized FakeProbeLoopback acceptWithoutHealth(SyncPort port, String reason) {
        listening.put(port, new HealthProbe.NotResponded(reason));
        return this;
    }

    public synchronized void close(SyncPort port) {
        listening.remove(port);
    }

    /** Probes made so far, as {@code connect <port>} or {@code health <port>}. */
    public synchronized List<String> probes() {
        return List.copyOf(probes);
    }

    @Override
    public synchronized boolean accepts(SyncPort port, Duration timeout) {
        probes.add("connect " + port.value());
        return listening.containsKey(port);
    }

    @Override
    public synchronized HealthProbe health(SyncPort port, Duration timeout) {
        probes.add("health " + port.value());
        return listening.getOrDefault(port, new HealthProbe.NotResponded("connection refused"));
    }
}
