package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.DiscoveryTable.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.port.LockName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The startup reaper (cleanup.md §9, clarifications #26) over an injected discovery table. */
class StartupReaperTest {

    private final DiscoveryTable table = new DiscoveryTable();

    @Test
    void as1TwoStaleSameRootDaemonsAreReapedAndTheSingletonIsLeft() {
        table.staleDaemon(9401, 5001, "3.2.4").recordSingleton(9401, 5001)
                .staleDaemon(9402, 5002, "3.2.2")
                .staleDaemon(9403, 5003, "3.2.3");
        SweepResult result = table.reaper(PortRange.DEFAULT).reap(ROOT);

        assertEquals(List.of(9402, 9403), result.swept().stream().map(SweptEntry::port).toList());
        assertEquals(List.of("safe_auto stale-version", "safe_auto stale-version"),
                result.swept().stream().map(SweptEntry::reason).toList());
        assertEquals(List.of(), result.failed());
        assertTrue(table.alive(5001), "the recorded singleton is never swept");
        assertFalse(table.alive(5002) || table.alive(5003));
        assertEquals(List.of(
                "[INFO] reaped stale sync daemon: pid=5002 port=9402 version=3.2.2 path=terminate",
                "[INFO] reaped stale sync daemon: pid=5003 port=9403 version=3.2.3 path=terminate"),
                table.log.lines());
        assertEquals(List.of(), new LiveOrphanScanner(table.discovery()).scan(ROOT).orphans(),
                "nothing is left for ensure to find; it can spawn or reuse exactly one daemon");
    }

    @Test
    void operatorRequiredDaemonsAreLeftReportedAndLoggedNeverSwept() {
        table.listen(9401, 5001, Listeners.javaArgvWithoutMarker(9401), Listeners.syncHealth(5001, 9401, "3.2.2"))
                .listen(9402, 5002, Listeners.javaArgv(9402, Listeners.ROOT), new HealthProbe.NotResponded("x"));
        SweepResult result = table.reaper(PortRange.DEFAULT).reap(ROOT);
        assertEquals(List.of(SkipReason.PRE_MARKER, SkipReason.UNRESPONSIVE),
                result.skipped().stream().map(SkippedEntry::skipReason).toList());
        assertEquals(List.of(), table.signals.sent());
        assertEquals(List.of(
                "[INFO] left sync daemon for the operator: pid=5001 port=9401 reason=pre_marker",
                "[INFO] left sync daemon for the operator: pid=5002 port=9402 reason=unresponsive"),
                table.log.lines());
    }

    @Test
    void failuresAreLoggedAndReturnedNeverThrown() {
        table.staleDaemon(9401, 5001, "3.2.2");
        table.signals.ownedByAnotherUser(5001);
        SweepResult result = table.reaper(PortRange.DEFAULT).reap(ROOT);
        assertEquals(FailureReason.ACCESS_DENIED_ON_TERMINATE, result.failed().get(0).failureReason());
        assertEquals(List.of("[WARN] could not reap sync daemon: pid=5001 port=9401 "
                + "reason=access_denied_on_terminate"), table.log.lines());
    }

    @Test
    void aReaperThatCannotScanLogsAndReturnsNothing() {
        ScanLoopbackPorts broken = (ports, connect, health) -> {
            throw new IllegalStateException("no threads");
        };
        StartupReaper reaper = new StartupReaper(new SweepLiveOrphans(new DiscoverListeners(broken,
                table.listenerPids, table.processes, table.states, table.owners, table.paths, PortRange.DEFAULT),
                table.sweeper(), table.locks), table.log, "3.2.4");
        assertEquals(SweepResult.EMPTY, reaper.reap(ROOT));
        assertEquals(List.of("[WARN] startup reaper failed: no threads"), table.log.lines());
    }

    @Test
    void runsInsideEnsuresHoldOfTheDaemonLock() throws Exception {
        table.staleDaemon(9401, 5001, "3.2.2");
        try (var held = table.locks.acquire(ROOT, LockName.SYNC_DAEMON)) {
            assertEquals(1, table.reaper(PortRange.DEFAULT).reap(ROOT).swept().size());
            assertTrue(table.locks.isHeld(ROOT, LockName.SYNC_DAEMON), "the reentrant hold of ensure stays");
        }
    }
}
