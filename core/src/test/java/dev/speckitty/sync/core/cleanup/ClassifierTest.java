package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.CleanupClass.NEVER_TOUCH;
import static dev.speckitty.sync.core.cleanup.CleanupClass.OPERATOR_REQUIRED;
import static dev.speckitty.sync.core.cleanup.CleanupClass.SAFE_AUTO;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.CMDLINE_MARKER;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.HEALTH_SELF_REPORT;
import static dev.speckitty.sync.core.cleanup.EvidenceSource.NONE;
import static dev.speckitty.sync.core.cleanup.Listeners.OTHER_ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.PID;
import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.dashboardHealth;
import static dev.speckitty.sync.core.cleanup.Listeners.javaArgv;
import static dev.speckitty.sync.core.cleanup.Listeners.javaArgvWithoutMarker;
import static dev.speckitty.sync.core.cleanup.Listeners.pythonArgv;
import static dev.speckitty.sync.core.cleanup.Listeners.sameRootDaemon;
import static dev.speckitty.sync.core.cleanup.Listeners.syncHealth;
import static dev.speckitty.sync.core.cleanup.Listeners.thirdParty;
import static dev.speckitty.sync.core.cleanup.Listeners.wedged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One or more cases per row of the decision table (cleanup.md §7), plus the boundary ports of §12. */
class ClassifierTest {

    private static final List<Integer> OUTSIDE_SYNC_RANGE = List.of(9399, 9450, 9236, 9237, 9336, 9337, 1, 65535);

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRows")
    void classifiesByTheFirstMatchingRow(String scenario, ListenerObservation listener, CleanupClass cleanupClass,
                                         SkipReason skipReason, EvidenceSource identitySource) {
        assertEquals(new Classification(cleanupClass, skipReason, identitySource),
                Classifier.classify(listener, ROOT));
    }

    static Stream<Arguments> decisionRows() {
        return Stream.of(
                // row 1: outside the fixed sync range, whatever listens there
                row("row 1: out_of_range is decided before the family", sameRootDaemon(9450)
                                .health(Listeners.health(1, "3.2.4", "dashboard", null, null)),
                        NEVER_TOUCH, SkipReason.OUT_OF_RANGE, NONE),
                // row 2
                row("row 2: dashboard family with spawn shape", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.4", "dashboard", ROOT, null)),
                        NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT),
                row("row 2: dashboard-shaped listener variant with daemon_family",
                        thirdParty(9401).health(dashboardHealth(true)),
                        NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT),
                row("row 2: family comparison is case-sensitive", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.4", "Sync", ROOT, null)),
                        NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT),
                row("row 2: an empty family string is not sync", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.4", "", ROOT, null)),
                        NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT),
                // row 3
                row("row 3: third-party HTTP server", thirdParty(9401),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                row("row 3: dashboard-shaped listener without daemon_family",
                        thirdParty(9401).health(dashboardHealth(false)),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                // row 4
                row("row 4: silent listener without spawn shape", thirdParty(9401).health(Listeners.NO_RESPONSE),
                        NEVER_TOUCH, SkipReason.NOT_SPEC_KITTY, NONE),
                row("row 4 (row 7 of the reference): unresolved pid, no health",
                        new Listeners.Builder().port(9401).pid(null),
                        NEVER_TOUCH, SkipReason.NOT_SPEC_KITTY, NONE),
                // row 5
                row("row 5: sync-like health without spawn shape",
                        thirdParty(9401).health(syncHealth(PID, 9401, "3.2.4")),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                row("row 5 (row 7 of the reference): unresolved pid with sync-like health",
                        new Listeners.Builder().port(9401).pid(null).health(syncHealth(PID, 9401, "3.2.4")),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                row("row 5: '-c' whose next element does not name run_sync_daemon",
                        sameRootDaemon(9401).argv(List.of(Listeners.PYTHON, "-c", "print(1)", "run_sync_daemon")),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                row("row 5: sync daemon run not consecutive",
                        sameRootDaemon(9401).argv(List.of(Listeners.JAVA, "sync", "--x", "daemon", "run",
                                SpawnShape.ROOT_MARKER_PREFIX + ROOT)),
                        NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                // row 6
                row("row 6: recorded singleton with its pid in the state file",
                        sameRootDaemon(9401).recordedSingleton(new RecordedSingleton(9401, PID)),
                        NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON, CMDLINE_MARKER),
                row("row 6: a state file without a pid protects its port",
                        sameRootDaemon(9401).recordedSingleton(new RecordedSingleton(9401, null)),
                        NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON, CMDLINE_MARKER),
                row("row 6: recorded pre-marker singleton has no marker evidence",
                        sameRootDaemon(9401).argv(javaArgvWithoutMarker(9401))
                                .recordedSingleton(new RecordedSingleton(9401, PID)),
                        NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON, NONE),
                row("row 6: a wedged recorded singleton is still protected",
                        wedged(9401).recordedSingleton(new RecordedSingleton(9401, null)),
                        NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON, CMDLINE_MARKER),
                row("row 6 not taken: the state file names another pid on this port",
                        sameRootDaemon(9401).recordedSingleton(new RecordedSingleton(9401, PID + 1)),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 6 not taken: the state file names another port",
                        sameRootDaemon(9401).recordedSingleton(new RecordedSingleton(9400, null)),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                // row 8
                row("row 8: pre-marker daemon with a matching owner block",
                        sameRootDaemon(9401).argv(javaArgvWithoutMarker(9401)),
                        OPERATOR_REQUIRED, SkipReason.PRE_MARKER, NONE),
                row("row 8: an empty marker payload is no marker",
                        sameRootDaemon(9401).argv(List.of(Listeners.JAVA, "-jar", Listeners.JAR, "sync", "daemon",
                                "run", "--port", "9401", SpawnShape.ROOT_MARKER_PREFIX,
                                SpawnShape.ROOT_MARKER_PREFIX + ROOT)),
                        OPERATOR_REQUIRED, SkipReason.PRE_MARKER, NONE),
                // row 9
                row("row 9: cross-root daemon", sameRootDaemon(9401).argv(javaArgv(9401, OTHER_ROOT)),
                        OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER),
                row("row 9: marker comparison is exact (trailing slash)",
                        sameRootDaemon(9401).argv(javaArgv(9401, ROOT + "/")),
                        OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER),
                row("row 9: marker comparison is case-sensitive",
                        sameRootDaemon(9401).argv(javaArgv(9401, ROOT.toUpperCase(java.util.Locale.ROOT))),
                        OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER),
                row("row 9: the self-reported root is not the marker",
                        sameRootDaemon(9401).argv(javaArgv(9401, OTHER_ROOT)),
                        OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER),
                // row 10
                row("row 10: wedged same-root daemon", wedged(9401),
                        OPERATOR_REQUIRED, SkipReason.UNRESPONSIVE, CMDLINE_MARKER),
                // row 11
                row("row 11: owner pid differs", sameRootDaemon(9401).health(syncHealth(PID + 1, 9401, "3.2.2")),
                        OPERATOR_REQUIRED, SkipReason.PID_PORT_MISMATCH, HEALTH_SELF_REPORT),
                row("row 11: owner port differs", sameRootDaemon(9401).health(syncHealth(PID, 9402, "3.2.2")),
                        OPERATOR_REQUIRED, SkipReason.PID_PORT_MISMATCH, HEALTH_SELF_REPORT),
                row("row 11: no owner block", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.2", "sync", ROOT, null)),
                        OPERATOR_REQUIRED, SkipReason.PID_PORT_MISMATCH, HEALTH_SELF_REPORT),
                row("row 11: owner block without pid", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.2", "sync", ROOT,
                                        Listeners.owner(null, 9401, null, null, null))),
                        OPERATOR_REQUIRED, SkipReason.PID_PORT_MISMATCH, HEALTH_SELF_REPORT),
                // row 12
                row("row 12: stale same-root Java daemon", sameRootDaemon(9401),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 12: stale same-root Python reference daemon",
                        sameRootDaemon(9401).argv(pythonArgv(9401, ROOT)).executable(Listeners.PYTHON),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 12: family unreported and no protocol_version",
                        sameRootDaemon(9401).health(Listeners.health(null, null, null, null,
                                Listeners.owner(PID, 9401, null, null, null))),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 12: the health self-reported root is evidence only", sameRootDaemon(9401)
                                .health(Listeners.health(1, "3.2.4", "sync", OTHER_ROOT,
                                        Listeners.owner(PID, 9401, null, null, null))),
                        SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 12: boundary port 9400", sameRootDaemon(9400), SAFE_AUTO, null, HEALTH_SELF_REPORT),
                row("row 12: boundary port 9449", sameRootDaemon(9449), SAFE_AUTO, null, HEALTH_SELF_REPORT));
    }

    /** Rows 1–8 of the boundary matrix (cleanup.md §12): every listener kind on the ports around the ranges. */
    @ParameterizedTest(name = "port {0}")
    @MethodSource("portsOutsideTheSyncRange")
    void everyListenerKindOutsideTheSyncRangeIsOutOfRange(int port) {
        for (ListenerObservation listener : everyKindOn(port)) {
            assertEquals(new Classification(NEVER_TOUCH, SkipReason.OUT_OF_RANGE, NONE),
                    Classifier.classify(listener, ROOT), listener.toString());
        }
    }

    static Stream<Integer> portsOutsideTheSyncRange() {
        return OUTSIDE_SYNC_RANGE.stream();
    }

    @Test
    void theBoundaryPortsInsideTheRangeDependOnTheRest() {
        for (int port : List.of(9400, 9449)) {
            List<Classification> classifications = everyKindOn(port).stream()
                    .map(listener -> Classifier.classify(listener, ROOT)).toList();
            assertEquals(List.of(
                    new Classification(SAFE_AUTO, null, HEALTH_SELF_REPORT),
                    new Classification(OPERATOR_REQUIRED, SkipReason.PRE_MARKER, NONE),
                    new Classification(OPERATOR_REQUIRED, SkipReason.CROSS_ROOT, CMDLINE_MARKER),
                    new Classification(OPERATOR_REQUIRED, SkipReason.UNRESPONSIVE, CMDLINE_MARKER),
                    new Classification(NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                    new Classification(NEVER_TOUCH, SkipReason.THIRD_PARTY, NONE),
                    new Classification(NEVER_TOUCH, SkipReason.DASHBOARD_FAMILY, HEALTH_SELF_REPORT),
                    new Classification(NEVER_TOUCH, SkipReason.IS_RECORDED_SINGLETON, CMDLINE_MARKER)),
                    classifications, "port " + port);
        }
    }

    @Test
    void theClassifierUsesTheFixedRangeNotAScanSubRange() {
        // SPEC_KITTY_SYNC_PORT_RANGE=9400-9405 narrows the scan only; 9449 still classifies on its facts.
        assertEquals(SAFE_AUTO, Classifier.classify(sameRootDaemon(9449).build(), ROOT).cleanupClass());
        assertEquals(9400, SyncPort.FIRST);
        assertEquals(9450, SyncPort.END);
    }

    /** Same order as the expectations of {@link #theBoundaryPortsInsideTheRangeDependOnTheRest()}. */
    private static List<ListenerObservation> everyKindOn(int port) {
        List<ListenerObservation> kinds = new ArrayList<>();
        kinds.add(sameRootDaemon(port).build());
        kinds.add(sameRootDaemon(port).argv(javaArgvWithoutMarker(port)).build());
        kinds.add(sameRootDaemon(port).argv(javaArgv(port, OTHER_ROOT)).build());
        kinds.add(wedged(port).build());
        kinds.add(thirdParty(port).build());
        kinds.add(thirdParty(port).health(dashboardHealth(false)).build());
        kinds.add(thirdParty(port).health(dashboardHealth(true)).build());
        kinds.add(sameRootDaemon(port).recordedSingleton(new RecordedSingleton(port, PID)).build());
        return kinds;
    }

    private static Arguments row(String scenario, Listeners.Builder listener, CleanupClass cleanupClass,
                                 SkipReason skipReason, EvidenceSource identitySource) {
        return Arguments.of(scenario, listener.build(), cleanupClass, skipReason, identitySource);
    }
}
