package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** Health probes (daemon.md §7.2), the health check of §7.3 and port-closed checks, over the context's ports. */
final class Probes {
    private final DaemonContext context;

    Probes(DaemonContext context) {
        this.context = context;
    }

    /** One probe of {@code port}; the report iff it passes §7.2 with this expected pid. */
    Optional<HealthReport> probe(SyncPort port, OptionalLong expectedPid, Duration timeout) {
        HealthProbe result = context.probe().health(port, timeout);
        return result instanceof HealthProbe.Responded responded
                && responded.report().passesProbe(port.value(), expectedPid)
                ? Optional.of(responded.report()) : Optional.empty();
    }

    /**
     * The health check of the recorded singleton (§7.3): up to three probes 0.25 s apart; the first success means
     * healthy, three failures mean not healthy.
     */
    Optional<HealthReport> check(StateFile state) {
        for (int attempt = 1; attempt <= DaemonTimeouts.UNHEALTHY_PROBES; attempt++) {
            Optional<HealthReport> report = probe(state.port(), state.pid(), DaemonTimeouts.HEALTH_PROBE);
            if (report.isPresent()) {
                return report;
            }
            if (attempt < DaemonTimeouts.UNHEALTHY_PROBES
                    && !Waits.sleep(context.clock(), DaemonTimeouts.UNHEALTHY_PROBE_GAP)) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether nothing listens on {@code port}: a refused connect for a sync-range port; for any other port (an owner
     * record may name one) the listener table, since the product never connects outside the sync range.
     */
    boolean portClosed(int port) {
        if (SyncPort.contains(port)) {
            return !context.probe().accepts(new SyncPort(port), DaemonTimeouts.CONNECT_CHECK);
        }
        return context.listenerPids().listenerPid(port).isEmpty();
    }

    /** Whether the process is gone (no such process, or a zombie). */
    boolean gone(long pid) {
        return context.processTable().facts(pid).state().gone();
    }
}
