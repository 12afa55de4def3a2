package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.DiscoveryTable.FOREGROUND_VERSION;
import static dev.speckitty.sync.core.cleanup.DiscoveryTable.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.port.LockName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sweep of cleanup.md §8 over an injected discovery table: guard, dispositions, escalation, result entries. */
class SweepDaemonsTest {

    private final DiscoveryTable table = new DiscoveryTable();

    private List<IdentityRecord> liveOrphans() {
        return table.discovery().discover(ROOT).stream().filter(IdentityRecord::isLiveOrphan).toList();
    }

    private SweepResult sweep(boolean force) {
        return table.sweeper().sweep(ROOT, liveOrphans(), force, FOREGROUND_VERSION);
    }

    private static SweptEntry swept(long pid, int port, String version, CleanupClass cleanupClass, CleanupPath path,
                                    String reason) {
        return new SweptEntry(pid, port, version, 1L, cleanupClass, path, reason);
    }

    @Test
    void aStaleDaemonEndsBySigtermAndItsPortCloses() {
        table.staleDaemon(9401, 5001, "3.2.2");
        SweepResult result = sweep(false);
        assertEquals(List.of(swept(5001, 9401, "3.2.2", CleanupClass.SAFE_AUTO, CleanupPath.TERMINATE,
                "safe_auto stale-version")), result.swept());
        assertEquals(List.of("TERM 5001"), table.signals.sent());
        assertEquals(List.of(), table.controlRequests(), "no owner.json naming it: no shutdown request at all");
        assertFalse(table.alive(5001));
    }

    @Test
    void theOwnerTokenNamingThisPidAndPortBuysAnHttpShutdownAndTheRecordIsRemoved() throws Exception {
        table.staleDaemon(9401, 5001, "3.2.4").ownerRecordFor(9401, "b".repeat(32));
        SweepResult result = sweep(false);
        assertEquals(List.of(swept(5001, 9401, "3.2.4", CleanupClass.SAFE_AUTO, CleanupPath.HTTP_SHUTDOWN,
                "safe_auto")), result.swept());
        assertEquals(List.of("shutdown 9401"), table.controlRequests());
        assertEquals(List.of(), table.signals.sent());
        assertInstanceOf(OwnerRecordReading.Absent.class, table.owners.read(ROOT));
    }

    @Test
    void anOwnerRecordOfAnotherDaemonGivesNoTokenAndIsKept() throws Exception {
        table.staleDaemon(9402, 5002, "3.2.2").ownerRecordFor(9402, "c".repeat(32)).staleDaemon(9401, 5001, "3.2.2");
        table.processes.alive(5002, Listeners.javaArgv(9402, Listeners.ROOT), DiscoveryTable.started(),
                java.nio.file.Path.of("/usr/bin/java"));
        SweepResult result = table.sweeper().sweep(ROOT, List.of(liveOrphans().get(0)), false, FOREGROUND_VERSION);
        assertEquals(CleanupPath.TERMINATE, result.swept().get(0).cleanupPath());
        assertEquals(List.of(), table.controlRequests());
        assertInstanceOf(OwnerRecordReading.Found.class, table.owners.read(ROOT));
    }

    @Test
    void aDaemonIgnoringSigtermIsKilledAfterOneSecondOfPolling() {
        table.staleDaemon(9401, 5001, "3.2.2");
        table.signals.survivesTerminate(5001);
        SweepResult result = sweep(false);
        assertEquals(CleanupPath.KILL, result.swept().get(0).cleanupPath());
        assertEquals(List.of("TERM 5001", "KILL 5001"), table.signals.sent());
        assertTrue(table.clock.sleeps().stream().allMatch(d -> d.toMillis() <= 50), table.clock.sleeps().toString());
        assertEquals(20, table.clock.sleeps().size(), "one second of 0.05 s polls between TERM and KILL");
    }

    @Test
    void aProcessGoneBeforeAnySignalIsAlreadyGone() {
        table.staleDaemon(9401, 5001, "3.2.2");
        List<IdentityRecord> records = liveOrphans();
        table.processes.remove(5001);
        SweepResult result = table.sweeper().sweep(ROOT, records, false, FOREGROUND_VERSION);
        assertEquals(CleanupPath.ALREADY_GONE, result.swept().get(0).cleanupPath());
        assertEquals(List.of(), table.signals.sent());
    }

    @Test
    void row19AProcessReplacedBetweenDiscoveryAndSignalIsNeverSignalled() {
        table.staleDaemon(9401, 5001, "3.2.2");
        List<IdentityRecord> records = liveOrphans();
        table.recyclePid(5001, Listeners.javaArgv(9401, Listeners.ROOT));
        SweepResult result = table.sweeper().sweep(ROOT, records, false, FOREGROUND_VERSION);
        assertEquals(List.of(FailedEntry.of(records.get(0), FailureReason.IDENTITY_CHANGED_BEFORE_SIGNAL)),
                result.failed());
        assertEquals(List.of(), table.signals.sent());
        assertTrue(table.alive(5001));
    }

    @Test
    void anArgvChangeIsAnIdentityChangeToo() {
        table.staleDaemon(9401, 5001, "3.2.2");
        List<IdentityRecord> records = liveOrphans();
        table.processes.alive(5001, List.of("/usr/bin/python3", "-m", "http.server"), DiscoveryTable.started(),
                java.nio.file.Path.of("/usr/bin/python3"));
        SweepResult result = table.sweeper().sweep(ROOT, records, false, FOREGROUND_VERSION);
        assertEquals(FailureReason.IDENTITY_CHANGED_BEFORE_SIGNAL, result.failed().get(0).failureReason());
        assertEquals(List.of(), table.signals.sent());
    }

    @Test
    void aProcessThatIsNotOursToSignalIsAccessDenied() {
        table.staleDaemon(9401, 5001, "3.2.2");
        table.signals.ownedByAnotherUser(5001);
        assertEquals(FailureReason.ACCESS_DENIED_ON_TERMINATE, sweep(false).failed().get(0).failureReason());
    }

    @Test
    void deniedKillAndSurvivedKillAreTheirOwnFailures() {
        table.staleDaemon(9401, 5001, "3.2.2");
        List<String> sent = new ArrayList<>();
        Signals deniesKill = signalsThat(sent, SignalOutcome.DELIVERED, SignalOutcome.DENIED);
        assertEquals(FailureReason.ACCESS_DENIED_ON_KILL, table.sweeper(deniesKill)
                .sweep(ROOT, liveOrphans(), false, FOREGROUND_VERSION).failed().get(0).failureReason());
        Signals immortal = signalsThat(sent, SignalOutcome.DELIVERED, SignalOutcome.DELIVERED);
        assertEquals(FailureReason.STILL_ALIVE_AFTER_KILL, table.sweeper(immortal)
                .sweep(ROOT, liveOrphans(), false, FOREGROUND_VERSION).failed().get(0).failureReason());
        assertEquals(List.of("TERM 5001", "KILL 5001", "TERM 5001", "KILL 5001"), sent);
    }

    @Test
    void aPortStillListeningAfterTheProcessIsGoneIsAFailure() {
        table.staleDaemon(9401, 5001, "3.2.2").linger(9401);
        assertEquals(FailureReason.PROCESS_GONE_BUT_PORT_STILL_LISTENING,
                sweep(false).failed().get(0).failureReason());
        assertFalse(table.alive(5001));
    }

    @Test
    void operatorRequiredIsSkippedWithoutForceAndSweptWithIt() {
        table.listen(9401, 5001, Listeners.javaArgvWithoutMarker(9401), Listeners.syncHealth(5001, 9401, "3.2.3"))
                .listen(9402, 5002, Listeners.javaArgv(9402, Listeners.OTHER_ROOT),
                        Listeners.syncHealth(5002, 9402, "3.2.4"));
        SweepResult plain = sweep(false);
        assertEquals(List.of(new SkippedEntry(5001L, 9401, "3.2.3", CleanupClass.OPERATOR_REQUIRED,
                SkipReason.PRE_MARKER), new SkippedEntry(5002L, 9402, "3.2.4", CleanupClass.OPERATOR_REQUIRED,
                SkipReason.CROSS_ROOT)), plain.skipped());
        assertEquals(List.of(), table.signals.sent());

        SweepResult forced = sweep(true);
        assertEquals(List.of(swept(5001, 9401, "3.2.3", CleanupClass.OPERATOR_REQUIRED, CleanupPath.TERMINATE,
                "operator_required stale-version"), swept(5002, 9402, "3.2.4", CleanupClass.OPERATOR_REQUIRED,
                CleanupPath.TERMINATE, "operator_required")), forced.swept());
    }

    @Test
    void row20DefectsHandedToTheSweepAreRefusedWithoutAnySignalOrRequest() throws Exception {
        table.staleDaemon(9401, 5001, "3.2.2").ownerRecordFor(9401, "d".repeat(32));
        IdentityRecord good = liveOrphans().get(0);
        List<IdentityRecord> defects = List.of(
                copy(good, 9999, "sync", true, good.cleanupClass(), good.skipReason()),
                copy(good, 9401, "dashboard", true, good.cleanupClass(), good.skipReason()),
                copy(good, 9401, "sync", true, CleanupClass.NEVER_TOUCH, SkipReason.THIRD_PARTY),
                copy(good, 9401, "sync", false, good.cleanupClass(), good.skipReason()));
        for (boolean force : List.of(false, true)) {
            SweepResult result = table.sweeper().sweep(ROOT, defects, force, FOREGROUND_VERSION);
            assertEquals(4, result.failed().size());
            assertTrue(result.failed().stream().allMatch(f -> f.failureReason() == FailureReason.REFUSED_BY_GUARD));
            assertEquals(List.of(), result.swept());
        }
        assertEquals(List.of(), table.signals.sent());
        assertEquals(List.of(), table.controlRequests());
        assertTrue(table.alive(5001));
        assertEquals(List.of(
                "[ERROR] BUG: attempted sweep of out-of-range port 9999 (expected [9400, 9450))",
                "[ERROR] BUG: attempted sweep of non-sync daemon_family='dashboard' on port 9401",
                "[ERROR] BUG: attempted sweep of never_touch record on port 9401 (skip_reason=third_party)",
                "[ERROR] BUG: attempted sweep of record without production spawn shape on port 9401"),
                table.log.lines().subList(0, 4));
    }

    @Test
    void withoutTheDaemonLockNothingIsSignalledAndEveryRecordToSweepFails() {
        table.staleDaemon(9401, 5001, "3.2.2")
                .listen(9402, 5002, Listeners.javaArgvWithoutMarker(9402), Listeners.syncHealth(5002, 9402, "3.2.3"));
        table.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        SweepResult result = table.sweepLiveOrphans(PortRange.DEFAULT).run(ROOT, false, FOREGROUND_VERSION);
        assertEquals(List.of(new FailedEntry(5001L, 9401, "3.2.2", CleanupClass.SAFE_AUTO,
                FailureReason.LOCK_UNAVAILABLE)), result.failed());
        assertEquals(SkipReason.PRE_MARKER, result.skipped().get(0).skipReason());
        assertEquals(List.of(), table.signals.sent());
        assertEquals(600, table.clock.sleeps().size() + 1, "the 60 s budget of sync-daemon.lock was tried");
    }

    @Test
    void theLockedSweepHoldsTheDaemonLockWhileSignalling() {
        table.staleDaemon(9401, 5001, "3.2.2");
        List<Boolean> heldAtSignal = new ArrayList<>();
        Signals watching = new Signals() {
            @Override
            public SignalOutcome terminate(long pid) {
                heldAtSignal.add(table.locks.isHeld(ROOT, LockName.SYNC_DAEMON));
                return table.signals.terminate(pid);
            }

            @Override
            public SignalOutcome kill(long pid) {
                return table.signals.kill(pid);
            }
        };
        new SweepLiveOrphans(table.discovery(), table.sweeper(watching), table.locks).run(ROOT, true, "3.2.4");
        assertEquals(List.of(true), heldAtSignal);
        assertFalse(table.locks.isHeld(ROOT, LockName.SYNC_DAEMON));
    }

    private Signals signalsThat(List<String> sent, SignalOutcome terminate, SignalOutcome kill) {
        return new Signals() {
            @Override
            public SignalOutcome terminate(long pid) {
                sent.add("TERM " + pid);
                return terminate;
            }

            @Override
            public SignalOutcome kill(long pid) {
                sent.add("KILL " + pid);
                return kill;
            }
        };
    }

    private static IdentityRecord copy(IdentityRecord r, int port, String family, boolean spawnShapeOk,
                                       CleanupClass cleanupClass, SkipReason skipReason) {
        return new IdentityRecord(family, r.pid(), port, r.protocolVersion(), r.packageVersion(),
                r.singletonScopeId(), r.daemonRoot(), r.queueDbPath(), r.authScope(), r.serverUrl(), r.ownerPresent(),
                r.identitySource(), r.executableSummary(), spawnShapeOk, r.selfReportMatchesListener(),
                r.isRecordedSingleton(), cleanupClass, skipReason, r.argvSnapshot(), r.startInstant());
    }
}
