package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.DiscoveryTable.FOREGROUND_VERSION;
import static dev.speckitty.sync.core.cleanup.DiscoveryTable.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows 1–8 of the boundary regression matrix (cleanup.md §12) at unit level: listeners on the range boundaries and
 * around the dashboard range, in an injected discovery table, so no real listener is started outside an owned band.
 * Entrypoints: the live scan of (A)/(B), the sweeps of (C) and (D), and the startup reaper of (E).
 */
class BoundaryMatrixUnitTest {

    private final DiscoveryTable table = new DiscoveryTable();

    /** port → pid of every listener outside the sync range: none may ever be probed, reported or signalled. */
    private static final Map<Integer, Long> OUTSIDE = Map.of(9399, 7399L, 9450, 7450L, 9236, 7236L, 9237, 7237L,
            9336, 7336L, 9337, 7337L);

    private void setUpRowsOneToEight() {
        table.staleDaemon(9399, 7399, "3.2.2")                                                      // row 1
                .staleDaemon(9400, 7400, "3.2.2")                                                   // row 2
                .staleDaemon(9449, 7449, "3.2.2")                                                   // row 3
                .staleDaemon(9450, 7450, "3.2.2")                                                   // row 4
                .listen(9236, 7236, Listeners.thirdPartyArgv(), Listeners.thirdPartyHealth())       // row 5
                .listen(9237, 7237, List.of("/usr/bin/python3", "-m", "dashboard"), Listeners.dashboardHealth(false))
                .listen(9336, 7336, List.of("/usr/bin/python3", "-m", "dashboard"), Listeners.dashboardHealth(true))
                .listen(9337, 7337, Listeners.thirdPartyArgv(), Listeners.thirdPartyHealth());      // row 8
    }

    private void assertOutsideUntouched() {
        OUTSIDE.forEach((port, pid) -> assertTrue(table.alive(pid), "listener on " + port + " must survive"));
        for (String probe : table.probes()) {
            int port = Integer.parseInt(probe.substring(probe.indexOf(' ') + 1));
            assertTrue(port >= 9400 && port <= 9449, "probed " + probe);
        }
        assertTrue(table.signals.sent().stream().noneMatch(s -> OUTSIDE.values().stream()
                .anyMatch(pid -> s.endsWith(" " + pid))), table.signals.sent().toString());
    }

    @Test
    void theReportsSeeOnlyTheBoundaryPortsInsideTheRange() {
        setUpRowsOneToEight();
        FindLiveOrphans.LiveOrphanScan scan = new LiveOrphanScanner(table.discovery()).scan(ROOT);
        assertEquals(List.of(9400, 9449), scan.orphans().stream().map(IdentityRecord::port).toList());
        assertTrue(scan.orphans().stream().allMatch(r -> r.cleanupClass() == CleanupClass.SAFE_AUTO));
        assertOutsideUntouched();
    }

    @Test
    void resetSweepsTheBoundaryPortsInsideAndNothingOutside() {
        setUpRowsOneToEight();
        SweepResult result = table.sweepLiveOrphans(PortRange.DEFAULT).run(ROOT, false, FOREGROUND_VERSION);
        assertEquals(List.of(9400, 9449), result.swept().stream().map(SweptEntry::port).toList());
        assertEquals(List.of(), result.failed());
        assertEquals(List.of("TERM 7400", "TERM 7449"), table.signals.sent());
        assertOutsideUntouched();
    }

    @Test
    void forcedResetAndTheReaperNeverReachOutsideTheRange() {
        setUpRowsOneToEight();
        table.sweepLiveOrphans(PortRange.DEFAULT).run(ROOT, true, FOREGROUND_VERSION);
        assertOutsideUntouched();
        table.staleDaemon(9400, 8400, "3.2.2");
        SweepResult reaped = table.reaper(PortRange.DEFAULT).reap(ROOT);
        assertEquals(List.of(9400), reaped.swept().stream().map(SweptEntry::port).toList());
        assertOutsideUntouched();
    }

    @Test
    void aNarrowedScanRangeLeavesEvenTheInRangeBoundariesAlone() {
        setUpRowsOneToEight();
        SweepResult result = table.sweepLiveOrphans(new PortRange(9418, 9425)).run(ROOT, true, FOREGROUND_VERSION);
        assertEquals(SweepResult.EMPTY, result);
        assertTrue(table.alive(7400) && table.alive(7449));
        assertOutsideUntouched();
    }
}
