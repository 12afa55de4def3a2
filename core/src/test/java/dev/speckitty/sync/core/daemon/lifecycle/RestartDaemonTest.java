package dev.speckitty.sync.core.daemon.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** daemon.md §12.2, every step, with simulated daemons and a fake clock. */
class RestartDaemonTest {
    private static final Path ROOT = Path.of("/home/op/sk-root");
    private final DaemonWorld world = new DaemonWorld(ROOT);

    private RestartOutcome restart() {
        return world.restartDaemon().restart(world.request(EnsureIntent.EXPLICIT));
    }

    private long recordedPid() {
        return world.daemons.daemonOn(world.daemons.listeningPorts().get(0)).orElseThrow().pid();
    }

    @Test
    void withNeitherStateFileNorOwnerRecordThereIsNoOwner() {
        assertEquals(new RestartOutcome(RestartStatus.NO_OWNER, null, null, null), restart());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void aRecordedDaemonIsStoppedAndRespawned() {
        SimulatedDaemons.Daemon old = world.recordedDaemon(9400);
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.RESTARTED, old.pid(), recordedPid(), null), outcome);
        assertEquals(List.of("shutdown 9400"), world.daemons.requests());
        assertEquals(1, world.daemons.launches().size());
        OwnerRecord record = assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT)).record();
        assertEquals(recordedPid(), record.pid(), "only the new daemon's record is left");
    }

    @Test
    void withSaasSyncDisabledItStopsWithoutRespawn() {
        SimulatedDaemons.Daemon old = world.recordedDaemon(9400);
        world.environment(world.environment().without(Environment.ENABLE_SAAS_SYNC));
        assertEquals(new RestartOutcome(RestartStatus.STOPPED, old.pid(), null, null), restart());
        assertEquals(List.of(), world.daemons.launches());
        assertFalse(world.stateFiles.exists(ROOT));
    }

    @Test
    void anInvalidStateFileMakesItStaleOwnerCleaned() {
        world.stateFiles.plantText(ROOT, "not a state file");
        RestartOutcome outcome = restart();
        assertEquals(RestartStatus.STALE_OWNER_CLEANED, outcome.status());
        assertEquals(null, outcome.previousPid());
    }

    @Test
    void anUnreadableOwnerRecordIsDeletedWithoutAStateFile() {
        world.ownerRecords.plantUnreadable(ROOT, OwnerRecordReading.Reason.INVALID_JSON, "empty file");
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.STALE_OWNER_CLEANED, null, recordedPid(), null), outcome);
    }

    @Test
    void anOrphanOwnerRecordIsDeletedAndNeverSignalled() {
        SimulatedDaemons.Daemon dead = world.recordedDaemon(9400);
        world.stateFiles.delete(ROOT);
        world.processes.remove(dead.pid());
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.STALE_OWNER_CLEANED, dead.pid(), recordedPid(), null), outcome);
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void anUnhealthyRecordedDaemonMakesItStaleOwnerCleaned() {
        SimulatedDaemons.Daemon dead = world.recordedDaemon(9400);
        world.processes.remove(dead.pid());
        assertEquals(RestartStatus.STALE_OWNER_CLEANED, restart().status());
    }

    @Test
    void aLiveRecordOfAnUnrecordedDaemonIsShutDownWithItsTokenAndDeleted() {
        SimulatedDaemons.Daemon unrecorded = world.daemons.running(9405, DaemonWorld.OTHER_TOKEN, world.foreground(),
                world.scopeRoot);
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.STALE_OWNER_CLEANED, unrecorded.pid(), recordedPid(), null),
                outcome);
        assertEquals(List.of("shutdown 9405"), world.daemons.requests());
        assertEquals(List.of(9400), world.daemons.listeningPorts());
    }

    @Test
    void anUnverifiableLiveRecordIsAStopFailureThatKeepsIt() {
        SimulatedDaemons.Daemon unrecorded = world.daemons.running(9405, DaemonWorld.OTHER_TOKEN, world.foreground(),
                world.scopeRoot);
        world.processes.put(new ProcessFacts(unrecorded.pid(), ProcessState.ALIVE, Optional.empty(),
                Optional.of(world.clock.now()), Optional.empty()));
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.STOP_FAILED, unrecorded.pid(), null,
                "cannot verify pid " + unrecorded.pid() + "; not signalled"), outcome);
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void aFailedStopKeepsTheOwnerRecordAndDoesNotRespawn() {
        SimulatedDaemons.Daemon stubborn = world.recordedDaemon(9400).ignoringShutdown();
        world.signals.ownedByAnotherUser(stubborn.pid());
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.STOP_FAILED, stubborn.pid(), null,
                "SIGTERM to pid " + stubborn.pid() + " was denied"), outcome);
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void aFailedRespawnIsReportedWithTheEnsureError() {
        world.recordedDaemon(9400);
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(70));
        RestartOutcome outcome = restart();
        assertEquals(RestartStatus.RESPAWN_FAILED, outcome.status());
        assertEquals("Respawn failed: Sync daemon exited during startup (exit code 70); see "
                + ROOT.resolve("sync-daemon.log"), outcome.error());
    }

    @Test
    void theLockTimeoutChangesNothing() {
        world.recordedDaemon(9400);
        world.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        assertEquals(new RestartOutcome(RestartStatus.STOP_FAILED, null, null,
                "could not acquire daemon lock within 60s"), restart());
        assertTrue(world.stateFiles.exists(ROOT));
        assertEquals(List.of(), world.daemons.requests());
    }

    @Test
    void aReferenceSingletonIsReplacedByTheExplicitRestart() {
        SimulatedDaemons.Daemon reference = world.record(world.daemons.start(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/usr/lib/python3"), world.scopeRoot,
                dev.speckitty.sync.core.daemon.SpawnShape.PYTHON, java.time.Duration.ZERO, false).withoutOwnerRecord());
        RestartOutcome outcome = restart();
        assertEquals(new RestartOutcome(RestartStatus.RESTARTED, reference.pid(), recordedPid(), null), outcome);
    }
}
