package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.Listeners.OTHER_ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.PID;
import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hard guard (§8.1), the dispositions (§8.4) and the result entries (§8.5) of cleanup.md. */
class SweepRulesTest {

    private static IdentityRecord describe(Listeners.Builder listener) {
        return IdentityRecord.describe(listener.build(), ROOT, Listeners.IDENTITY_PATHS);
    }

    /** A safe_auto record with one field replaced, as a defect could hand it to a sweep (§12 row 20). */
    private static IdentityRecord defect(int port, String family, boolean spawnShapeOk) {
        IdentityRecord r = describe(Listeners.sameRootDaemon(9401));
        return new IdentityRecord(family, r.pid(), port, r.protocolVersion(), r.packageVersion(),
                r.singletonScopeId(), r.daemonRoot(), r.queueDbPath(), r.authScope(), r.serverUrl(), r.ownerPresent(),
                r.identitySource(), r.executableSummary(), spawnShapeOk, r.selfReportMatchesListener(),
                r.isRecordedSingleton(), r.cleanupClass(), r.skipReason(), r.argvSnapshot(), r.startInstant());
    }

    @Test
    void guardRefusalDetailsAreTheContractTexts() {
        assertEquals(Optional.of("out-of-range port 9999 (expected [9400, 9450))"),
                SweepGuard.refusal(defect(9999, "sync", true)));
        assertEquals(Optional.of("out-of-range port 9399 (expected [9400, 9450))"),
                SweepGuard.refusal(defect(9399, "sync", true)));
        assertEquals(Optional.of("non-sync daemon_family='dashboard' on port 9401"),
                SweepGuard.refusal(defect(9401, "dashboard", true)));
        assertEquals(Optional.of("never_touch record on port 9401 (skip_reason=is_recorded_singleton)"),
                SweepGuard.refusal(describe(Listeners.sameRootDaemon(9401)
                        .recordedSingleton(new RecordedSingleton(9401, PID)))));
        assertEquals(Optional.of("record without production spawn shape on port 9401"),
                SweepGuard.refusal(defect(9401, "sync", false)));
        assertEquals(Optional.empty(), SweepGuard.refusal(describe(Listeners.sameRootDaemon(9401))));
        assertEquals(Optional.empty(), SweepGuard.refusal(describe(Listeners.wedged(9449))));
        assertEquals("BUG: attempted sweep of record without production spawn shape on port 9401",
                SweepGuard.bugLogMessage("record without production spawn shape on port 9401"));
    }

    @Test
    void theFirstFailingCheckNamesTheRefusal() {
        assertEquals(Optional.of("out-of-range port 9237 (expected [9400, 9450))"),
                SweepGuard.refusal(defect(9237, "dashboard", false)));
        assertEquals(Optional.of("non-sync daemon_family='dashboard' on port 9401"),
                SweepGuard.refusal(defect(9401, "dashboard", false)));
    }

    @Test
    void safeAutoIsSweptWithOrWithoutForce() {
        IdentityRecord record = describe(Listeners.sameRootDaemon(9401));
        assertEquals(new Disposition.Sweep(record), Disposition.of(record, false));
        assertEquals(new Disposition.Sweep(record), Disposition.of(record, true));
    }

    @Test
    void operatorRequiredIsSweptOnlyWithForce() {
        for (Listeners.Builder listener : List.of(
                Listeners.sameRootDaemon(9401).argv(Listeners.javaArgvWithoutMarker(9401)),
                Listeners.sameRootDaemon(9401).argv(Listeners.javaArgv(9401, OTHER_ROOT)),
                Listeners.wedged(9401),
                Listeners.sameRootDaemon(9401).health(Listeners.syncHealth(PID + 1, 9401, "3.2.3")))) {
            IdentityRecord record = describe(listener);
            assertEquals(CleanupClass.OPERATOR_REQUIRED, record.cleanupClass());
            assertEquals(new Disposition.Skip(new SkippedEntry(PID, 9401, record.packageVersion(),
                    CleanupClass.OPERATOR_REQUIRED, record.skipReason())), Disposition.of(record, false));
            assertEquals(new Disposition.Sweep(record), Disposition.of(record, true));
        }
    }

    @Test
    void neverTouchAndDefectsAreRefusedByTheGuardEvenWithForce() {
        for (IdentityRecord record : List.of(
                describe(Listeners.thirdParty(9401)),
                describe(Listeners.sameRootDaemon(9450)),
                describe(Listeners.sameRootDaemon(9401).recordedSingleton(new RecordedSingleton(9401, null))),
                defect(9999, "sync", true),
                defect(9401, "dashboard", true),
                defect(9401, "sync", false))) {
            for (boolean force : List.of(false, true)) {
                Disposition.Refuse refuse = assertInstanceOf(Disposition.Refuse.class, Disposition.of(record, force));
                assertEquals(SweepGuard.refusal(record).orElseThrow(), refuse.detail());
                assertEquals("BUG: attempted sweep of " + refuse.detail(), refuse.bugLogMessage());
                assertEquals(new FailedEntry(record.pid(), record.port(), record.packageVersion(),
                        record.cleanupClass(), FailureReason.REFUSED_BY_GUARD), refuse.entry());
            }
        }
    }

    @Test
    void refusedRecordWithoutPidKeepsANullPid() {
        IdentityRecord record = describe(new Listeners.Builder().port(9401).pid(null));
        Disposition.Refuse refuse = assertInstanceOf(Disposition.Refuse.class, Disposition.of(record, true));
        assertEquals(null, refuse.entry().toWireMap().get("pid"));
        assertEquals(true, refuse.entry().toWireMap().containsKey("pid"));
    }

    @Test
    void sweptReasonMarksStaleVersionsOnly() {
        IdentityRecord stale = describe(Listeners.sameRootDaemon(9401));
        assertEquals("safe_auto stale-version", SweptEntry.of(stale, CleanupPath.TERMINATE, "3.2.4").reason());
        assertEquals("safe_auto", SweptEntry.of(stale, CleanupPath.TERMINATE, "3.2.2").reason());

        IdentityRecord unknownVersion = describe(Listeners.wedged(9402));
        assertEquals("operator_required", SweptEntry.of(unknownVersion, CleanupPath.KILL, "3.2.4").reason());
        IdentityRecord preMarker = describe(Listeners.sameRootDaemon(9403).argv(Listeners.javaArgvWithoutMarker(9403))
                .health(Listeners.syncHealth(PID, 9403, "3.2.3")));
        assertEquals("operator_required stale-version",
                SweptEntry.of(preMarker, CleanupPath.HTTP_SHUTDOWN, "3.2.4").reason());
    }

    @Test
    void entriesSerialiseWithExactlyTheContractKeys() {
        IdentityRecord stale = describe(Listeners.sameRootDaemon(9401));
        Map<String, Object> swept = new LinkedHashMap<>();
        swept.put("pid", PID);
        swept.put("port", 9401);
        swept.put("package_version", "3.2.2");
        swept.put("protocol_version", 1L);
        swept.put("cleanup_class", "safe_auto");
        swept.put("cleanup_path", "terminate");
        swept.put("reason", "safe_auto stale-version");
        assertOrderedEquals(swept, SweptEntry.of(stale, CleanupPath.TERMINATE, "3.2.4").toWireMap());

        IdentityRecord preMarker = describe(Listeners.sameRootDaemon(9405).argv(Listeners.javaArgvWithoutMarker(9405))
                .health(Listeners.syncHealth(PID, 9405, "3.2.3")));
        Map<String, Object> skipped = new LinkedHashMap<>();
        skipped.put("pid", PID);
        skipped.put("port", 9405);
        skipped.put("package_version", "3.2.3");
        skipped.put("cleanup_class", "operator_required");
        skipped.put("skip_reason", "pre_marker");
        assertOrderedEquals(skipped, SkippedEntry.of(preMarker).toWireMap());

        IdentityRecord wedged = describe(Listeners.wedged(9409));
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("pid", PID);
        failed.put("port", 9409);
        failed.put("package_version", null);
        failed.put("cleanup_class", "operator_required");
        failed.put("failure_reason", "still_alive_after_kill");
        assertOrderedEquals(failed, FailedEntry.of(wedged, FailureReason.STILL_ALIVE_AFTER_KILL).toWireMap());

        SweepResult result = new SweepResult(List.of(SweptEntry.of(stale, CleanupPath.TERMINATE, "3.2.4")),
                List.of(SkippedEntry.of(preMarker)),
                List.of(FailedEntry.of(wedged, FailureReason.STILL_ALIVE_AFTER_KILL)));
        assertEquals(List.of("swept", "skipped", "failed"), List.copyOf(result.toWireMap().keySet()));
        assertEquals(List.of(failed), result.toWireMap().get("failed"));
        assertEquals(Map.of("swept", List.of(), "skipped", List.of(), "failed", List.of()),
                SweepResult.EMPTY.toWireMap());
    }

    @Test
    void entriesRejectImpossibleShapes() {
        IdentityRecord stale = describe(Listeners.sameRootDaemon(9401));
        assertThrows(IllegalArgumentException.class, () -> SkippedEntry.of(stale));
        IdentityRecord unresolved = describe(new Listeners.Builder().port(9401).pid(null));
        assertThrows(IllegalArgumentException.class, () -> SweptEntry.of(unresolved, CleanupPath.KILL, "3.2.4"));
        assertThrows(IllegalArgumentException.class, () -> new SweptEntry(PID, 9401, null, null,
                CleanupClass.NEVER_TOUCH, CleanupPath.KILL, "never_touch"));
    }

    private static void assertOrderedEquals(Map<String, Object> expected, Map<String, Object> actual) {
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }
}
