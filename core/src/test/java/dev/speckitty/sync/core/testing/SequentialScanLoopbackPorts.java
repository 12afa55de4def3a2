package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The scan of many ports done one port after another over a {@link ProbeLoopback} (e.g. {@link FakeProbeLoopback}). */
public final class SequentialScanLoopbackPorts implements ScanLoopbackPorts {
    private final ProbeLoopback loopback;

    public SequentialScanLoopbackPorts(ProbeLoopback loopback) {
        this.loopback = loopback;
    }

    @Override
    public List<PortProbe> scan(List<SyncPort> ports, Duration connectTimeout, Duration healthTimeout) {
        return ports.stream()
                .map(port -> new PortProbe(port, loopback.accepts(port, connectTimeout)
                        ? Optional.of(loopback.health(port, healthTimeout)) : Optional.empty()))
                .toList();
    }
}
