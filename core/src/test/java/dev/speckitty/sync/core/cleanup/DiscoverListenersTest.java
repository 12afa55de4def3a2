package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.DiscoveryTable.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.SequentialScanLoopbackPorts;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Discovery (cleanup.md §3) and the live orphan scan over an injected discovery table. */
class DiscoverListenersTest {

    private final DiscoveryTable table = new DiscoveryTable();

    private static List<Integer> ports(List<IdentityRecord> records) {
        return records.stream().map(IdentityRecord::port).toList();
    }

    @Test
    void nothingListeningFindsNothingAndProbesOnlyConnectsInTheScanRangeAscending() {
        assertEquals(List.of(), table.discovery().discover(ROOT));
        List<String> expected = PortRange.DEFAULT.ports().stream().map(p -> "connect " + p).toList();
        assertEquals(expected, table.probes());
    }

    @Test
    void theScanRangeNarrowsWhatIsProbed() {
        table.staleDaemon(9418, 5001, "3.2.2").staleDaemon(9430, 5002, "3.2.2");
        List<IdentityRecord> records = table.discovery(new PortRange(9418, 9425)).discover(ROOT);
        assertEquals(List.of(9418), ports(records));
        assertTrue(table.probes().stream().allMatch(p -> {
            int port = Integer.parseInt(p.substring(p.indexOf(' ') + 1));
            return port >= 9418 && port <= 9425;
        }), table.probes().toString());
    }

    @Test
    void recordsCarryTheFactsOfEachListenerAscendingByPort() throws Exception {
        table.staleDaemon(9420, 5002, "3.2.3").ownerRecordFor(9420, "a".repeat(32))
                .staleDaemon(9410, 5001, "3.2.2")
                .listen(9415, 6000, Listeners.thirdPartyArgv(), Listeners.thirdPartyHealth());
        List<IdentityRecord> records = table.discovery().discover(ROOT);

        assertEquals(List.of(9410, 9415, 9420), ports(records));
        IdentityRecord first = records.get(0);
        assertEquals(CleanupClass.SAFE_AUTO, first.cleanupClass());
        assertEquals(5001L, first.pid());
        assertEquals("3.2.2", first.packageVersion());
        assertEquals(Listeners.ROOT, first.singletonScopeId());
        assertEquals("/opt/spec-kitty/lib/spec-kitty-sync.jar, /usr/bin/java, /usr/lib/jvm/java-17/bin/java",
                first.executableSummary());
        assertFalse(first.ownerPresent());
        assertEquals(Listeners.javaArgv(9410, Listeners.ROOT), first.argvSnapshot());
        assertEquals(DiscoveryTable.started(), first.startInstant());
        assertEquals(SkipReason.THIRD_PARTY, records.get(1).skipReason());
        assertTrue(records.get(2).ownerPresent(), "owner.json names pid 5002 on 9420");
    }

    @Test
    void theRecordedSingletonIsNeverTouchedAndTheLiveScanLeavesItOut() {
        table.staleDaemon(9401, 5001, "3.2.4").recordSingleton(9401, 5001).staleDaemon(9402, 5002, "3.2.2");
        List<IdentityRecord> records = table.discovery().discover(ROOT);
        assertEquals(SkipReason.IS_RECORDED_SINGLETON, records.get(0).skipReason());
        FindLiveOrphans.LiveOrphanScan scan = new LiveOrphanScanner(table.discovery()).scan(ROOT);
        assertEquals(List.of(9402), ports(scan.orphans()));
        assertEquals(Optional.empty(), scan.diagnostic());
    }

    @Test
    void theScopeRootIsTheCanonicalRoot() {
        table.paths.link(ROOT, java.nio.file.Path.of("/data/real-home"));
        table.listen(9401, 5001, Listeners.javaArgv(9401, "/data/real-home"), Listeners.syncHealth(5001, 9401, "3.2.2"));
        assertEquals(CleanupClass.SAFE_AUTO, table.discovery().discover(ROOT).get(0).cleanupClass());
    }

    @Test
    void aPerPortErrorLeavesThatPortsFactsAbsentAndTheScanGoesOn() {
        table.staleDaemon(9401, 5001, "3.2.2").staleDaemon(9402, 5002, "3.2.2");
        ListenerPids failingOn9401 = port -> {
            if (port == 9401) {
                throw new IllegalStateException("cannot read /proc/net/tcp");
            }
            return table.listenerPids.listenerPid(port);
        };
        DiscoverListeners discovery = new DiscoverListeners(new SequentialScanLoopbackPorts(table.loopback),
                failingOn9401, table.processes, table.states, table.owners, table.paths, PortRange.DEFAULT);
        List<IdentityRecord> records = discovery.discover(ROOT);
        assertEquals(List.of(9401, 9402), ports(records));
        assertNull(records.get(0).pid());
        assertEquals(CleanupClass.NEVER_TOUCH, records.get(0).cleanupClass());
        assertEquals(CleanupClass.SAFE_AUTO, records.get(1).cleanupClass());
    }

    @Test
    void aScanThatCannotRunIsReportedAsTheDiagnostic() {
        ScanLoopbackPorts broken = (ports, connect, health) -> {
            throw new IllegalStateException("no threads left");
        };
        DiscoverListeners discovery = new DiscoverListeners(broken, table.listenerPids, table.processes, table.states,
                table.owners, table.paths, PortRange.DEFAULT);
        FindLiveOrphans.LiveOrphanScan scan = new LiveOrphanScanner(discovery).scan(ROOT);
        assertEquals(List.of(), scan.orphans());
        assertEquals(Optional.of("live daemon scan failed: no threads left"), scan.diagnostic());
    }

    @Test
    void anUnresolvablePidIsNeverAnOrphan() {
        table.staleDaemon(9401, 5001, "3.2.2");
        ListenerPids unknown = port -> OptionalLong.empty();
        DiscoverListeners discovery = new DiscoverListeners(new SequentialScanLoopbackPorts(table.loopback), unknown,
                table.processes, table.states, table.owners, table.paths, PortRange.DEFAULT);
        assertEquals(List.of(), new LiveOrphanScanner(discovery).scan(ROOT).orphans());
    }

    @Test
    void portsOutsideTheSyncRangeCannotEvenBeNamedForAProbe() {
        for (int port : List.of(9399, 9450, 9236, 9237, 9336, 9337)) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new SyncPort(port));
        }
    }
}
