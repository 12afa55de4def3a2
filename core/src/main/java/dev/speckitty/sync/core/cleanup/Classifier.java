package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.CleanupClass.NEVER_TOUCH;
import static dev.speckitty.sync.core.cleanup.CleanupClass.OPERATOR_REQUIRED;
import static dev.speckitty.sync.core.cleanup.CleanupClass.SAFE_AUTO;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.CMDLINE_MARKER;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.HEALTH_SELF_REPORT;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.NONE;

import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision table of cleanup.md §7, rows top to bottom, first match wins. Pure and deterministic: it
 * reads only its arguments. Version, executable, {@code owner_present} and the self-reported
 * {@code singleton_scope_id} ({@code daemon_root}) are evidence, never conditions.
 */
public final class Classifier {

    private Classifier() {
    }

    /**
     * @param foregroundScopeRoot the foreground's daemon scope root (canonical {@code <R>}, on-disk.md §2.2),
     *                            compared by exact, case-sensitive string equality with the scope marker
     */
    public static Classification classify(ListenerObservation listener, String foregroundScopeRoot) {
        Objects.requireNonNull(foregroundScopeRoot, "foregroundScopeRoot");
        Optional<HealthReport> report = listener.report();
        boolean responded = report.isPresent();
        boolean spawnShapeOk = listener.spawnShapeOk();
        boolean hasSkIdentity = spawnShapeOk || report.map(r -> r.protocolVersion() != null).orElse(false);
        Optional<String> marker = listener.scopeMarker();
        String family = report.map(HealthReport::daemonFamily).orElse(null);

        if (!SyncPort.contains(listener.port())) {                                                 // row 1 (fixed range)
            return new Classification(NEVER_TOUCH, SkipReason.OUT_OF_RANGE, NONE);
        }
        if (family != null && !family.equals(HealthReport.SYNC_FAMILY)) {                        // row 2
            return new Classification(NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT);
        }
        if (!hasSkIdentity && responded) {                                                         // row 3
            return new Classification(NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE);
        }
        if (!hasSkIdentity && !responded) {                                                        // row 4
            return new Classification(NEVER_TOUCH, SkipReason.NOT_SPEC_KITTY, NONE);
        }
        if (!spawnShapeOk) {                                                                       // row 5
            return new Classification(NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE);
        }
        if (listener.isRecordedSingleton()) {                                                      // row 6
            return new Classification(NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON,
                    marker.isPresent() ? CMDLINE_MARKER : NONE);
        }
        // row 7 has no condition: a null pid means an empty argv, so rows 3-5 already decided (§1).
        if (marker.isEmpty()) {                                                                    // row 8
            return new Classification(OPERATOR_REQUIRED, SkipReason.PRE_MARKER, NONE);
        }
        if (!marker.get().equals(foregroundScopeRoot)) {                                           // row 9
            return new Classification(OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER);
        }
        if (!responded) {                                                                          // row 10
            return new Classification(OPERATOR_REQUIRED, SkipReason.UNRESPONSIVE, CMDLINE_MARKER);
        }
        if (!listener.selfReportMatchesListener()) {                                               // row 11
            return new Classification(OPERATOR_REQUIRED, SkipReason.PID_PORT_MISMATCH, HEALTH_SELF_REPORT);
        }
        return new Classification(SAFE_AUTO, null, HEALTH_SELF_REPORT);                           // row 12
    }
}
