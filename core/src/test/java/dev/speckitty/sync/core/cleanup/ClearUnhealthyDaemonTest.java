package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.DiscoveryTable.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.StateFileReading;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Step 3 of {@code auth doctor --reset}: the unhealthy-daemon stop of daemon.md §12.1. */
class ClearUnhealthyDaemonTest {

    private final DiscoveryTable table = new DiscoveryTable();

    private Optional<ClearUnhealthyDaemon.StopReport> clear() {
        return new ClearUnhealthyDaemon(table.states, table.owners, table.loopback, table.processes, table.signals,
                table.locks, table.clock, table.log).clear(ROOT, Listeners.ROOT);
    }

    @Test
    void nothingRecordedIsNothingToClear() {
        assertEquals(Optional.empty(), clear());
    }

    @Test
    void aHealthyRecordedDaemonIsLeftRunning() {
        table.staleDaemon(9401, 5001, "3.2.4").recordSingleton(9401, 5001);
        assertEquals(Optional.empty(), clear());
        assertTrue(table.alive(5001));
        assertEquals(List.of(), table.signals.sent());
    }

    @Test
    void aVerifiedWedgedDaemonIsStoppedAfterThreeFailedProbes() {
        table.listen(9401, 5001, Listeners.javaArgv(9401, Listeners.ROOT), new HealthProbe.NotResponded("x"))
                .recordSingleton(9401, 5001);
        assertEquals(Optional.of(new ClearUnhealthyDaemon.StopReport("killed_unhealthy",
                "Unhealthy sync daemon process stopped. Metadata has been cleared.", false)), clear());
        assertEquals(List.of("TERM 5001"), table.signals.sent());
        assertFalse(table.alive(5001));
        assertTrue(table.states.read(ROOT) instanceof StateFileReading.Absent);
    }

    @Test
    void aGoneOrForeignPidIsClearedWithoutASignal() {
        table.recordSingleton(9401, 5001);
        assertEquals("cleared_unhealthy", clear().orElseThrow().status());
        table.listen(9402, 6002, Listeners.thirdPartyArgv(), new HealthProbe.NotResponded("x"))
                .recordSingleton(9402, 6002);
        assertEquals("cleared_unhealthy", clear().orElseThrow().status());
        assertEquals(List.of(), table.signals.sent());
        assertTrue(table.alive(6002));
    }

    @Test
    void aProcessThatCannotBeSignalledIsAStopFailure() {
        table.listen(9401, 5001, Listeners.javaArgv(9401, Listeners.ROOT), new HealthProbe.NotResponded("x"))
                .recordSingleton(9401, 5001);
        table.signals.ownedByAnotherUser(5001);
        ClearUnhealthyDaemon.StopReport report = clear().orElseThrow();
        assertTrue(report.failed());
        assertEquals("Sync daemon could not be stopped: signal to pid 5001 was denied", report.message());
        assertTrue(table.states.read(ROOT) instanceof StateFileReading.Valid, "metadata kept on failure");
    }
}
