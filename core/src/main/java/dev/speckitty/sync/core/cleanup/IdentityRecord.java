package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The identity record of one listener (cleanup.md §4): the 18 serialised keys plus the discovery snapshot
 * (argv, start instant) that travels with it for re-verification before each signal (§8.2) and is never
 * serialised or printed.
 *
 * <p>The constructor accepts records the classifier would never produce (e.g. {@code safe_auto} on port
 * 9999), because the hard guard (§8.1) must be able to see and refuse such defects. It only rejects
 * records that cannot describe any process: a null pid with process facts, or an inconsistent skip reason.
 */
public record IdentityRecord(
        String daemonFamily,
        Long pid,
        int port,
        Long protocolVersion,
        String packageVersion,
        String singletonScopeId,
        String daemonRoot,
        String queueDbPath,
        String authScope,
        String serverUrl,
        boolean ownerPresent,
        EvidenceSource identitySource,
        String executableSummary,
        boolean spawnShapeOk,
        boolean selfReportMatchesListener,
        boolean isRecordedSingleton,
        CleanupClass cleanupClass,
        SkipReason skipReason,
        List<String> argvSnapshot,
        Instant startInstant) {

    public IdentityRecord {
        Objects.requireNonNull(daemonFamily, "daemonFamily");
        ListenerObservation.requireTcpPort(port);
        ListenerObservation.requirePositivePid(pid);
        Objects.requireNonNull(identitySource, "identitySource");
        Objects.requireNonNull(cleanupClass, "cleanupClass");
        argvSnapshot = List.copyOf(argvSnapshot);
        if ((cleanupClass == CleanupClass.SAFE_AUTO) != (skipReason == null)) {
            throw new IllegalArgumentException("skip_reason must be null exactly for safe_auto");
        }
        if (pid == null && (spawnShapeOk || selfReportMatchesListener || singletonScopeId != null
                || executableSummary != null || !argvSnapshot.isEmpty() || startInstant != null)) {
            throw new IllegalArgumentException("a record without a pid has no process facts");
        }
    }

    /**
     * Builds and classifies the record of one observed listener.
     *
     * @param foregroundScopeRoot the foreground's daemon scope root (canonical {@code <R>})
     * @param canonicaliser       on-disk.md §1.5 canonical path of a path string, for {@code executable_summary}
     */
    public static IdentityRecord describe(ListenerObservation listener, String foregroundScopeRoot,
                                          UnaryOperator<String> canonicaliser) {
        Classification classification = Classifier.classify(listener, foregroundScopeRoot);
        Optional<HealthReport> report = listener.report();
        Optional<HealthOwner> owner = report.map(HealthReport::owner);
        return new IdentityRecord(
                report.map(HealthReport::daemonFamily).orElse(HealthReport.SYNC_FAMILY),
                listener.pid(),
                listener.port(),
                report.map(HealthReport::protocolVersion).orElse(null),
                report.map(HealthReport::packageVersion).orElse(null),
                listener.scopeMarker().orElse(null),
                report.map(HealthReport::singletonScopeId).orElse(null),
                owner.map(HealthOwner::queueDbPath).orElse(null),
                owner.map(HealthOwner::authScope).orElse(null),
                owner.map(HealthOwner::serverUrl).orElse(null),
                listener.ownerPresent(),
                classification.identitySource(),
                DaemonArgv.executableSummary(listener.pid(), listener.executable(), listener.argv(), canonicaliser),
                listener.spawnShapeOk(),
                listener.selfReportMatchesListener(),
                listener.isRecordedSingleton(),
                classification.cleanupClass(),
                classification.skipReason(),
                listener.argv(),
                listener.startInstant());
    }

    /** A live orphan daemon (cleanup.md §1): {@code safe_auto} or {@code operator_required}. */
    public boolean isLiveOrphan() {
        return cleanupClass != CleanupClass.NEVER_TOUCH;
    }

    /**
     * The 18 keys of cleanup.md §4 in table order, nulls preserved, enums as wire names. The argv snapshot
     * and start instant are deliberately absent. Unmodifiable.
     */
    public Map<String, Object> toWireMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("daemon_family", daemonFamily);
        map.put("pid", pid);
        map.put("port", port);
        map.put("protocol_version", protocolVersion);
        map.put("package_version", packageVersion);
        map.put("singleton_scope_id", singletonScopeId);
        map.put("daemon_root", daemonRoot);
        map.put("queue_db_path", queueDbPath);
        map.put("auth_scope", authScope);
        map.put("server_url", serverUrl);
        map.put("owner_present", ownerPresent);
        map.put("identity_source", identitySource.wireName());
        map.put("executable_summary", executableSummary);
        map.put("spawn_shape_ok", spawnShapeOk);
        map.put("self_report_matches_listener", selfReportMatchesListener);
        map.put("is_recorded_singleton", isRecordedSingleton);
        map.put("cleanup_class", cleanupClass.wireName());
        map.put("skip_reason", skipReason == null ? null : skipReason.wireName());
        return Collections.unmodifiableMap(map);
    }

    /** The serialised keys only: the argv snapshot may carry reference tokens (cleanup.md §11.8). */
    @Override
    public String toString() {
        return "IdentityRecord" + toWireMap();
    }
}
