package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.Optional;

/** Connect checks and health probes over plain sockets to 127.0.0.1 (daemon.md §6.1, §7.2; cleanup.md §3.1). */
final class SocketProbeLoopback implements ProbeLoopback {
    static final String HEALTH_PATH = "/api/health";

    @Override
    public boolean accepts(SyncPort port, Duration timeout) {
        return LoopbackHttp.connects(inRange(port), timeout);
    }

    @Override
    public HealthProbe health(SyncPort port, Duration timeout) {
        LoopbackHttp.Response response;
        try {
            response = LoopbackHttp.get(inRange(port), HEALTH_PATH, timeout);
        } catch (LoopbackHttp.HttpFailure failure) {
            return new HealthProbe.NotResponded(failure.getMessage());
        }
        if (response.status() != 200) {
            return new HealthProbe.NotResponded("HTTP status " + response.status());
        }
        Optional<HealthReport> report = HealthJson.parse(response.body());
        return report.<HealthProbe>map(HealthProbe.Responded::new)
                .orElseGet(() -> new HealthProbe.NotResponded("body is not a strict UTF-8 JSON object"));
    }

    /** {@link SyncPort} already guarantees the range; checked again because this adapter must never probe outside it. */
    private static int inRange(SyncPort port) {
        if (!SyncPort.contains(port.value())) {
            throw new IllegalArgumentException("refusing to probe port " + port.value() + " outside the sync range");
        }
        return port.value();
    }
}
