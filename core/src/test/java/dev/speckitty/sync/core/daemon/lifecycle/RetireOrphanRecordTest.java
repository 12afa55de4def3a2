package dev.speckitty.sync.core.daemon.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.speckitty.sync.core.daemon.ExecutableStatus;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cli.md §10.2: re-checked under sync-owner.lock; never signals. */
class RetireOrphanRecordTest {
    private static final Path ROOT = Path.of("/home/op/sk-root");
    private static final Path RECORD = OwnerRecords.ownerRecordPath(ROOT);
    private final DaemonWorld world = new DaemonWorld(ROOT);

    private OwnerRecord deadDaemonsRecord() {
        SimulatedDaemons.Daemon dead = world.daemons.running(9400, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot);
        world.processes.remove(dead.pid());
        return dead.ownerRecord();
    }

    private RetireOutcome retire(OwnerRecord evaluated) {
        return new RetireOrphanRecord(world.context()).retire(evaluated);
    }

    @Test
    void anOrphanWhosePidIsGoneIsDeleted() {
        OwnerRecord record = deadDaemonsRecord();
        assertEquals(new RetireOutcome.Retired(RECORD, record.pid(), 9400), retire(record));
        assertInstanceOf(OwnerRecordReading.Absent.class, world.ownerRecords.read(ROOT));
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void aRecordThatChangedSinceTheReportIsKept() throws Exception {
        OwnerRecord evaluated = deadDaemonsRecord();
        OwnerRecord rewritten = new OwnerRecord(evaluated.authPrincipal(), evaluated.authScope(), evaluated.authTeam(),
                evaluated.executablePath(), evaluated.packageVersion(), evaluated.pid(), evaluated.port(),
                evaluated.queueDbPath(), evaluated.serverUrl(), evaluated.sourceCheckoutPath(),
                "2026-05-17T17:00:00+00:00", evaluated.token());
        world.ownerRecords.write(ROOT, rewritten);
        assertEquals(new RetireOutcome.NoLongerOrphan(RECORD), retire(evaluated));
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
    }

    @Test
    void aRecordThatIsNoLongerAnOrphanIsKept() {
        SimulatedDaemons.Daemon live = world.daemons.running(9400, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot);
        assertEquals(new RetireOutcome.NoLongerOrphan(RECORD), retire(live.ownerRecord()));
    }

    @Test
    void anOrphanWhosePidStillListensOnItsPortIsRefused() {
        SimulatedDaemons.Daemon live = world.daemons.running(9400, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot);
        world.executables.mark(world.foreground().executablePath(), ExecutableStatus.MISSING); // jar deleted
        assertEquals(new RetireOutcome.AliveAndListening(RECORD, live.pid(), 9400), retire(live.ownerRecord()));
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void aLockTimeoutDeletesNothing() {
        OwnerRecord record = deadDaemonsRecord();
        world.locks.holdElsewhere(ROOT, LockName.SYNC_OWNER);
        assertEquals(new RetireOutcome.LockUnavailable(ROOT.resolve("sync-owner.lock")), retire(record));
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
    }

    @Test
    void anAbsentRecordIsNoLongerAnOrphan() throws Exception {
        OwnerRecord record = deadDaemonsRecord();
        world.ownerRecords.removeIf(ROOT, reading -> true);
        assertEquals(new RetireOutcome.NoLongerOrphan(RECORD), retire(record));
    }
}
