package dev.speckitty.sync.core.daemon.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** daemon.md §12.1, every branch, with simulated daemons and a fake clock. */
class StopDaemonTest {
    private static final Path ROOT = Path.of("/home/op/sk-root");
    private final DaemonWorld world = new DaemonWorld(ROOT);

    private StopOutcome stop() {
        return world.stopDaemon().stop();
    }

    private Duration slept() {
        return world.clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    }

    @Test
    void withoutAStateFileNothingRuns() {
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.NOT_RUNNING, null, null), outcome);
        assertEquals("No sync daemon metadata found.", outcome.message());
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void anInvalidStateFileIsCleared() {
        world.stateFiles.plantText(ROOT, "garbage\n");
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.CLEARED_INVALID, null, null), outcome);
        assertEquals("Sync daemon metadata was invalid and has been cleared.", outcome.message());
        assertFalse(world.stateFiles.exists(ROOT));
    }

    @Test
    void aHealthyDaemonStopsOnAuthenticatedShutdownWithoutAnySignal() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT)); // written once listening
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.STOPPED, daemon.pid(), 9400), outcome);
        assertEquals("Sync daemon stopped.", outcome.message());
        assertEquals(List.of("shutdown 9400"), world.daemons.requests());
        assertEquals(List.of(), world.signals.sent());
        assertFalse(world.stateFiles.exists(ROOT));
        assertInstanceOf(OwnerRecordReading.Absent.class, world.ownerRecords.read(ROOT));
    }

    @Test
    void aDaemonThatIgnoresShutdownIsWaitedForFiveSecondsThenTerminatedAfterVerification() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400).ignoringShutdown();
        StopOutcome outcome = stop();
        assertEquals(StopStatus.STOPPED, outcome.status());
        assertEquals(List.of("TERM " + daemon.pid()), world.signals.sent());
        assertTrue(slept().compareTo(Duration.ofSeconds(5)) >= 0, "waited the shutdown budget: " + slept());
        assertTrue(world.clock.sleeps().stream().allMatch(d -> d.compareTo(Duration.ofMillis(250)) <= 0));
        assertInstanceOf(OwnerRecordReading.Absent.class, world.ownerRecords.read(ROOT), "killed: the foreground removes it");
    }

    @Test
    void aDaemonSurvivingTerminateIsReverifiedAndKilled() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400).ignoringShutdown();
        world.signals.survivesTerminate(daemon.pid());
        assertEquals(StopStatus.STOPPED, stop().status());
        assertEquals(List.of("TERM " + daemon.pid(), "KILL " + daemon.pid()), world.signals.sent());
    }

    @Test
    void aRejectedTokenSkipsTheShutdownWaitAndEscalates() {
        SimulatedDaemons.Daemon daemon = world.daemons.running(9400, DaemonWorld.OTHER_TOKEN, world.foreground(),
                world.scopeRoot);
        world.stateFiles.write(ROOT, StateFile.of(new SyncPort(9400), DaemonWorld.TOKEN, daemon.pid()));
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.STOPPED, daemon.pid(), 9400), outcome);
        assertEquals(List.of("TERM " + daemon.pid()), world.signals.sent());
        assertTrue(slept().compareTo(Duration.ofSeconds(5)) < 0, "no 5 s wait after a 403: " + slept());
    }

    @Test
    void aDeniedSignalIsAStopFailureThatKeepsTheStateFile() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400).ignoringShutdown();
        world.signals.ownedByAnotherUser(daemon.pid());
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.failed(daemon.pid(), 9400, "SIGTERM to pid " + daemon.pid() + " was denied",
                StopFailure.NOT_STOPPED), outcome);
        assertEquals("Sync daemon could not be stopped: SIGTERM to pid " + daemon.pid() + " was denied",
                outcome.message());
        assertTrue(world.stateFiles.exists(ROOT));
    }

    @Test
    void verificationIsRepeatedBeforeTheKillAndAReplacedProcessIsNeverKilled() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400).ignoringShutdown();
        world.signals.survivesTerminate(daemon.pid());
        Signals replacingAfterTerm = new Signals() {
            @Override
            public SignalOutcome terminate(long pid) {
                SignalOutcome outcome = world.signals.terminate(pid);
                world.processes.alive(pid, List.of("/usr/bin/vim", "notes.txt"), world.clock.now(), Path.of("/usr/bin/vim"));
                return outcome;
            }

            @Override
            public SignalOutcome kill(long pid) {
                return world.signals.kill(pid);
            }
        };
        StopOutcome outcome = new StopDaemon(contextWith(replacingAfterTerm)).stop();
        assertEquals(StopFailure.NOT_STOPPED, outcome.failure());
        assertEquals("pid " + daemon.pid() + " no longer verifies as this root's sync daemon on port 9400 (not_ours);"
                + " not signalled", outcome.failureReason());
        assertEquals(List.of("TERM " + daemon.pid()), world.signals.sent());
    }

    @Test
    void aProcessGoneWhileItsPortStillListensIsAFailure() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400).ignoringShutdown();
        Signals portTakenOver = new Signals() {
            @Override
            public SignalOutcome terminate(long pid) {
                SignalOutcome outcome = world.signals.terminate(pid);
                world.daemons.foreignListener(9400);
                return outcome;
            }

            @Override
            public SignalOutcome kill(long pid) {
                return world.signals.kill(pid);
            }
        };
        StopOutcome outcome = new StopDaemon(contextWith(portTakenOver)).stop();
        assertEquals("pid " + daemon.pid() + " is gone but port 9400 still accepts connections", outcome.failureReason());
    }

    @Test
    void aReferenceStateFileWithoutPidStopsTheListenerThatHealthNamesAsOwner() {
        SimulatedDaemons.Daemon daemon = world.daemons.running(9401, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot);
        world.stateFiles.plantText(ROOT, "http://localhost:9401\n9401\n" + DaemonWorld.TOKEN.value() + "\n");
        assertEquals(StopOutcome.of(StopStatus.STOPPED, daemon.pid(), 9401), stop());
    }

    @Test
    void withoutPidOrOwnerBlockTheListenerMustVerifyForThePort() {
        SimulatedDaemons.Daemon verified = world.daemons.start(9402, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot, SpawnShape.JAVA, Duration.ZERO, false);
        world.stateFiles.plantText(ROOT, "http://127.0.0.1:9402\n9402\n" + DaemonWorld.TOKEN.value() + "\n");
        assertEquals(StopOutcome.of(StopStatus.STOPPED, verified.pid(), 9402), stop());

        world.daemons.start(9403, DaemonWorld.TOKEN, world.foreground(), "/some/other/root", SpawnShape.JAVA,
                Duration.ZERO, false);
        world.stateFiles.plantText(ROOT, "http://127.0.0.1:9403\n9403\n" + DaemonWorld.TOKEN.value() + "\n");
        StopOutcome refused = stop();
        assertEquals(StopOutcome.failed(null, 9403, "cannot determine the pid of the daemon on port 9403",
                StopFailure.PID_UNDETERMINED), refused);
        assertEquals(List.of("shutdown 9402"), world.daemons.requests(), "nothing sent to 9403");
    }

    @Test
    void anUnhealthyDaemonWithoutPidIsClearedAndNothingSignalled() {
        world.stateFiles.plantText(ROOT, "http://127.0.0.1:9404\n9404\n" + DaemonWorld.TOKEN.value() + "\n");
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.CLEARED_UNHEALTHY, null, 9404), outcome);
        assertEquals("Unhealthy sync daemon metadata has been cleared.", outcome.message());
        assertFalse(world.stateFiles.exists(ROOT));
    }

    @Test
    void anUnhealthyDaemonWhosePidIsGoneIsClearedWithItsOwnerRecord() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        world.processes.remove(daemon.pid()); // SIGKILL'd by someone: the record stays behind
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.CLEARED_UNHEALTHY, daemon.pid(), 9400), outcome);
        assertInstanceOf(OwnerRecordReading.Absent.class, world.ownerRecords.read(ROOT));
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void aRecycledPidIsNotOursAndNeverSignalled() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        world.processes.alive(daemon.pid(), List.of("/usr/bin/postgres"), world.clock.now().plusSeconds(60),
                Path.of("/usr/bin/postgres"));
        assertEquals(StopOutcome.of(StopStatus.CLEARED_UNHEALTHY, daemon.pid(), 9400), stop());
        assertEquals(List.of(), world.signals.sent());
        assertEquals(ProcessState.ALIVE, world.processes.facts(daemon.pid()).state());
    }

    @Test
    void aVerifiedWedgedDaemonIsKilled() {
        SimulatedDaemons.Daemon wedged = world.record(world.daemons.start(9400, DaemonWorld.TOKEN, world.foreground(),
                world.scopeRoot, SpawnShape.JAVA, Duration.ofDays(1), true));
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.of(StopStatus.KILLED_UNHEALTHY, wedged.pid(), 9400), outcome);
        assertEquals("Unhealthy sync daemon process stopped. Metadata has been cleared.", outcome.message());
        assertEquals(List.of("TERM " + wedged.pid()), world.signals.sent());
        assertTrue(slept().compareTo(Duration.ofMillis(500)) >= 0, "three probes 0.25 s apart before any signal");
    }

    @Test
    void anUnverifiableProcessIsNeverSignalled() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        world.processes.put(new ProcessFacts(daemon.pid(), ProcessState.ALIVE, Optional.empty(), Optional.empty(),
                Optional.empty()));
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.failed(daemon.pid(), 9400, "cannot verify pid " + daemon.pid() + "; not signalled",
                StopFailure.UNVERIFIABLE), outcome);
        assertEquals(List.of(), world.signals.sent());
        assertTrue(world.stateFiles.exists(ROOT));
    }

    @Test
    void theLockTimeoutChangesNothing() {
        world.recordedDaemon(9400);
        world.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        StopOutcome outcome = stop();
        assertEquals(StopOutcome.failed(null, null, "could not acquire daemon lock within 60s",
                StopFailure.LOCK_UNAVAILABLE), outcome);
        assertEquals("Sync daemon could not be stopped: could not acquire daemon lock within 60s", outcome.message());
        assertInstanceOf(StateFileReading.Valid.class, world.stateFiles.read(ROOT));
        assertEquals(List.of(), world.daemons.requests());
        assertTrue(slept().compareTo(Duration.ofSeconds(59)) >= 0, "the 60 s budget was spent: " + slept());
    }

    @Test
    void aReferenceDaemonIsStoppedWithAOneTimeWarning() {
        SimulatedDaemons.Daemon reference = world.record(world.daemons.start(9400, DaemonWorld.TOKEN,
                world.foreground(), world.scopeRoot, SpawnShape.PYTHON, Duration.ZERO, true));
        assertEquals(StopStatus.STOPPED, stop().status());
        assertEquals(List.of("[WARN] the recorded sync daemon (pid " + reference.pid() + ", port 9400) was started by"
                + " the spec-kitty reference CLI, which may be using this root concurrently"), warnings());
    }

    private List<String> warnings() {
        return world.log.lines().stream().filter(line -> line.startsWith("[WARN]")).toList();
    }

    private DaemonContext contextWith(Signals signals) {
        return new DaemonContext(ROOT, world.scopeRoot, world.clock, world.log, world.locks, world.stateFiles,
                world.ownerRecords, world.processes, world.daemons, world.daemons, signals, world.daemons,
                world.executables);
    }
}
