package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.Listeners.JAR;
import static dev.speckitty.sync.core.cleanup.Listeners.JAVA;
import static dev.speckitty.sync.core.cleanup.Listeners.OTHER_ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.PID;
import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.HealthProbe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 18-key identity record of cleanup.md §4 and the observation it is built from. */
class IdentityRecordTest {

    @Test
    void describesAStaleSameRootDaemonWithAllEighteenKeysInTableOrder() {
        IdentityRecord record = IdentityRecord.describe(
                Listeners.sameRootDaemon(9401).ownerPresent(true).build(), ROOT, Listeners.IDENTITY_PATHS);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("daemon_family", "sync");
        expected.put("pid", PID);
        expected.put("port", 9401);
        expected.put("protocol_version", 1L);
        expected.put("package_version", "3.2.2");
        expected.put("singleton_scope_id", ROOT);
        expected.put("daemon_root", ROOT);
        expected.put("queue_db_path", ROOT + "/queues/queue-8b85169673aa98b5.db");
        expected.put("auth_scope", "https://spec-kitty-dev.fly.dev|alice@example.com|team-1");
        expected.put("server_url", "https://spec-kitty-dev.fly.dev");
        expected.put("owner_present", true);
        expected.put("identity_source", "health_self_report");
        expected.put("executable_summary", JAR + ", " + JAVA);
        expected.put("spawn_shape_ok", true);
        expected.put("self_report_matches_listener", true);
        expected.put("is_recorded_singleton", false);
        expected.put("cleanup_class", "safe_auto");
        expected.put("skip_reason", null);
        assertEquals(expected, record.toWireMap());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(record.toWireMap().keySet()));
        assertEquals(Listeners.javaArgv(9401, ROOT), record.argvSnapshot());
        assertEquals(STARTED, record.startInstant());
        assertTrue(record.isLiveOrphan());
    }

    @Test
    void anUnresolvedSilentListenerKeepsNullsAndDefaultsTheFamilyToSync() {
        IdentityRecord record = IdentityRecord.describe(new Listeners.Builder().port(9402).pid(null).build(), ROOT,
                Listeners.IDENTITY_PATHS);
        Map<String, Object> wire = record.toWireMap();
        assertEquals(18, wire.size());
        assertEquals("sync", wire.get("daemon_family"));
        for (String key : List.of("pid", "protocol_version", "package_version", "singleton_scope_id", "daemon_root",
                "queue_db_path", "auth_scope", "server_url", "executable_summary")) {
            assertTrue(wire.containsKey(key) && wire.get(key) == null, key);
        }
        assertEquals("none", wire.get("identity_source"));
        assertEquals("never_touch", wire.get("cleanup_class"));
        assertEquals("not_spec_kitty", wire.get("skip_reason"));
        assertFalse(record.isLiveOrphan());
    }

    @Test
    void theFamilyComesFromTheSelfReportAndDaemonRootIsTheHealthScopeId() {
        IdentityRecord dashboard = IdentityRecord.describe(
                Listeners.thirdParty(9403).health(Listeners.dashboardHealth(true)).build(), ROOT,
                Listeners.IDENTITY_PATHS);
        assertEquals("dashboard", dashboard.daemonFamily());

        IdentityRecord crossReported = IdentityRecord.describe(Listeners.sameRootDaemon(9404)
                .argv(Listeners.javaArgv(9404, OTHER_ROOT))
                .health(Listeners.health(1, "3.2.4", "sync", ROOT, Listeners.EMPTY_OWNER)).build(), ROOT,
                Listeners.IDENTITY_PATHS);
        assertEquals(OTHER_ROOT, crossReported.singletonScopeId());
        assertEquals(ROOT, crossReported.daemonRoot());
        assertEquals(SkipReason.CROSS_ROOT, crossReported.skipReason());
    }

    @Test
    void neitherTheRecordNorTheObservationPrintsTheCommandLine() {
        List<String> argv = new ArrayList<>(Listeners.pythonArgv(9405, ROOT));
        argv.add("--token=s3cr3t-reference-token");
        ListenerObservation listener = Listeners.sameRootDaemon(9405).argv(argv).build();
        IdentityRecord record = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);

        for (String text : List.of(listener.toString(), record.toString())) {
            assertFalse(text.contains("s3cr3t"), text);
            assertFalse(text.contains("run_sync_daemon"), text);
        }
        assertFalse(record.toWireMap().values().stream().anyMatch(v -> String.valueOf(v).contains("s3cr3t")));
    }

    @Test
    void derivedPredicatesFollowTheirDefinitions() {
        ListenerObservation unresolved = new Listeners.Builder().port(9401).pid(null)
                .health(Listeners.syncHealth(PID, 9401, "3.2.4")).recordedSingleton(new RecordedSingleton(9401, PID))
                .build();
        assertFalse(unresolved.selfReportMatchesListener(), "no pid, no match");
        assertFalse(unresolved.isRecordedSingleton(), "the state file's pid is not this (unknown) pid");
        assertTrue(new Listeners.Builder().port(9401).pid(null).recordedSingleton(new RecordedSingleton(9401, null))
                .build().isRecordedSingleton(), "a state file without a pid protects its port");
        assertFalse(Listeners.wedged(9401).build().selfReportMatchesListener(), "no response, no match");
    }

    @Test
    void rejectsValuesThatCannotDescribeAProcess() {
        assertThrows(IllegalArgumentException.class, () -> new ListenerObservation(9401, null, Listeners.NO_RESPONSE,
                List.of("sync", "daemon", "run"), null, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ListenerObservation(9401, null, Listeners.NO_RESPONSE,
                List.of(), JAVA, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ListenerObservation(0, 1L, Listeners.NO_RESPONSE,
                List.of(), null, null, false, null));
        assertThrows(IllegalArgumentException.class, () -> new ListenerObservation(9401, 0L, Listeners.NO_RESPONSE,
                List.of(), null, null, false, null));
        // A probe without a response carries no fields: the sealed HealthProbe has a report only when it responded.
        assertThrows(NullPointerException.class, () -> new HealthProbe.Responded(null));
        assertThrows(NullPointerException.class, () -> new HealthProbe.NotResponded(null));
        assertThrows(IllegalArgumentException.class, () -> new Classification(CleanupClass.SAFE_AUTO,
                SkipReason.PRE_MARKER, EvidenceSource.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Classification(CleanupClass.NEVER_TOUCH, null,
                EvidenceSource.NONE));
        IdentityRecord base = IdentityRecord.describe(Listeners.sameRootDaemon(9401).build(), ROOT,
                Listeners.IDENTITY_PATHS);
        assertThrows(IllegalArgumentException.class, () -> withPidAndClass(base, null, CleanupClass.SAFE_AUTO, null));
        assertThrows(IllegalArgumentException.class, () -> withPidAndClass(base, PID, CleanupClass.SAFE_AUTO,
                SkipReason.CROSS_ROOT));
    }

    @Test
    void wireNamesAreTheContractSpellings() {
        assertEquals(List.of("safe_auto", "operator_required", "never_touch"),
                Arrays.stream(CleanupClass.values()).map(CleanupClass::wireName).toList());
        assertEquals(List.of("out_of_range", "dashboard_family", "third_party", "not_spec_kitty",
                        "is_recorded_singleton", "pre_marker", "cross_root", "unresponsive", "pid_port_mismatch"),
                Arrays.stream(SkipReason.values()).map(SkipReason::wireName).toList());
        assertEquals(List.of("health_self_report", "cmdline_marker", "owner_record", "none"),
                Arrays.stream(EvidenceSource.values()).map(EvidenceSource::wireName).toList());
        assertEquals(List.of("lock_unavailable", "refused_by_guard", "identity_changed_before_signal",
                        "access_denied_on_terminate", "access_denied_on_kill", "still_alive_after_kill",
                        "process_gone_but_port_still_listening", "unknown_failure"),
                Arrays.stream(FailureReason.values()).map(FailureReason::wireName).toList());
        assertEquals(List.of("http_shutdown", "terminate", "kill", "already_gone"),
                Arrays.stream(CleanupPath.values()).map(CleanupPath::wireName).toList());
    }

    /** A copy of {@code base} with another pid and class, built through the public constructor. */
    static IdentityRecord withPidAndClass(IdentityRecord base, Long pid, CleanupClass cleanupClass,
                                          SkipReason skipReason) {
        return new IdentityRecord(base.daemonFamily(), pid, base.port(), base.protocolVersion(),
                base.packageVersion(), base.singletonScopeId(), base.daemonRoot(), base.queueDbPath(),
                base.authScope(), base.serverUrl(), base.ownerPresent(), base.identitySource(),
                base.executableSummary(), base.spawnShapeOk(), base.selfReportMatchesListener(),
                base.isRecordedSingleton(), cleanupClass, skipReason, base.argvSnapshot(), base.startInstant());
    }
}
