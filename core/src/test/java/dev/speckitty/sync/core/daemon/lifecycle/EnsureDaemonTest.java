package dev.speckitty.sync.core.daemon.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.cleanup.CleanupClass;
import dev.speckitty.sync.core.cleanup.SkipReason;
import dev.speckitty.sync.core.cleanup.SkippedEntry;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** daemon.md §3: gates, the locked procedure, the outcome object and the warnings, with simulated daemons. */
class EnsureDaemonTest {
    private static final Path ROOT = Path.of("/home/op/sk-root");
    private final DaemonWorld world = new DaemonWorld(ROOT);

    private EnsureOutcome ensure(EnsureIntent intent) {
        return world.ensureDaemon().ensure(world.request(intent));
    }

    private EnsureOutcome explicit() {
        return ensure(EnsureIntent.EXPLICIT);
    }

    private StateFile recordedState() {
        return assertInstanceOf(StateFileReading.Valid.class, world.stateFiles.read(ROOT)).state();
    }

    private List<String> warnings() {
        return world.log.lines().stream().filter(line -> line.startsWith("[WARN]")).toList();
    }

    @Test
    void autoIsSkippedBySyncDisableBeforeAnyLockOrFileAccess() {
        world.environment(world.environment().with(Environment.SYNC_DISABLE, " Yes "));
        world.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        EnsureOutcome outcome = ensure(EnsureIntent.AUTO);
        assertEquals(EnsureOutcome.skipped("SPEC_KITTY_SYNC_DISABLE is set"), outcome);
        assertEquals(List.of(), world.reaps());
        assertEquals(List.of(), world.clock.sleeps());
    }

    @Test
    void explicitIgnoresSyncDisableAndManualPolicy() {
        world.environment(world.environment().with(Environment.SYNC_DISABLE, "1"));
        EnsureOutcome outcome = world.ensureDaemon().ensure(new EnsureRequest(EnsureIntent.EXPLICIT,
                world.environment(), world.foreground(), BackgroundDaemonPolicy.MANUAL));
        assertEquals(EnsureStatus.STARTED, outcome.status());
    }

    @Test
    void withoutSaasSyncBothIntentsAreSkipped() {
        world.environment(world.environment().without(Environment.ENABLE_SAAS_SYNC));
        assertEquals(EnsureOutcome.skipped("rollout_disabled"), explicit());
        assertEquals(EnsureOutcome.skipped("rollout_disabled"), ensure(EnsureIntent.AUTO));
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void autoWithManualPolicyIsSkipped() {
        EnsureOutcome outcome = world.ensureDaemon().ensure(new EnsureRequest(EnsureIntent.AUTO, world.environment(),
                world.foreground(), BackgroundDaemonPolicy.MANUAL));
        assertEquals(EnsureOutcome.skipped("policy_manual"), outcome);
    }

    @Test
    void theLockTimeoutFailsWithoutReapingOrSpawning() {
        world.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        assertEquals(EnsureOutcome.failed("could not acquire daemon lock within 60s", SweepResult.EMPTY), explicit());
        assertEquals(List.of(), world.reaps());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void withoutARecordedDaemonItReapsSpawnsWaitsForHealthAndRecords() {
        SweepResult reap = new SweepResult(List.of(), List.of(new SkippedEntry(5005L, 9405, "3.2.3",
                CleanupClass.OPERATOR_REQUIRED, SkipReason.PRE_MARKER)), List.of());
        world.reapResult(reap);
        EnsureOutcome outcome = explicit();
        DaemonLaunch launch = world.daemons.launches().get(0);
        SimulatedDaemons.Daemon daemon = world.daemons.daemonOn(9400).orElseThrow();
        assertEquals(new EnsureOutcome(EnsureStatus.STARTED, daemon.pid(), 9400, "http://127.0.0.1:9400", null, null,
                null, reap), outcome);
        assertEquals(List.of(ROOT), world.reaps());
        assertEquals(StateFile.of(new SyncPort(9400), launch.token(), daemon.pid()), recordedState());
        assertTrue(launch.token().isGeneratedShape());
        assertEquals(world.scopeRoot, launch.daemonScopeRoot());
        assertEquals("3.2.4", launch.packageVersion());
        assertEquals("/opt/sk/lib/spec-kitty-sync.jar", launch.executablePath());
        assertEquals(world.environment(), launch.environment());
        assertTrue(world.clock.sleeps().stream().allMatch(d -> d.compareTo(Duration.ofMillis(500)) <= 0),
                "health probes never more than 0.5 s apart: " + world.clock.sleeps());
    }

    @Test
    void theFirstPortThatRefusesConnectionsAndCanBeBoundIsChosen() {
        world.daemons.foreignListener(9400);
        world.daemons.unbindable(9401);
        assertEquals(Integer.valueOf(9402), explicit().port());
    }

    @Test
    void noFreePortNamesTheAllocationRangeInForce() {
        world.environment(world.environment().with(Environment.SYNC_PORT_RANGE, "9400-9401"));
        world.daemons.foreignListener(9400);
        world.daemons.foreignListener(9401);
        assertEquals("Could not find free sync daemon port in range 9400-9401", explicit().error());
    }

    @Test
    void anInvalidPortRangeIsWarnedAboutAndTheWholeRangeUsed() {
        world.environment(world.environment().with(Environment.SYNC_PORT_RANGE, "9300-9500"));
        world.daemons.foreignListener(9400);
        assertEquals(Integer.valueOf(9401), explicit().port());
        assertEquals(List.of("[WARN] ignoring invalid SPEC_KITTY_SYNC_PORT_RANGE=9300-9500"), warnings());
    }

    @Test
    void aHealthyReusableRecordedDaemonIsReusedAfterTheReaper() {
        SimulatedDaemons.Daemon recorded = world.recordedDaemon(9403);
        EnsureOutcome outcome = explicit();
        assertEquals(new EnsureOutcome(EnsureStatus.REUSED, recorded.pid(), 9403, "http://127.0.0.1:9403", null,
                null, null, SweepResult.EMPTY), outcome);
        assertEquals(List.of(ROOT), world.reaps(), "the reaper runs before the reuse decision");
        assertEquals(List.of(), world.daemons.launches());
        assertEquals(List.of(), world.daemons.requests());
    }

    @Test
    void reusableRecordedDaemonIsReadWithoutLockOrReaper() {
        SimulatedDaemons.Daemon recorded = world.recordedDaemon(9403);
        world.locks.holdElsewhere(ROOT, LockName.SYNC_DAEMON);
        EnsureOutcome reused = world.ensureDaemon().reusableRecordedDaemon(world.foreground()).orElseThrow();
        assertEquals(Long.valueOf(recorded.pid()), reused.pid());
        assertEquals(List.of(), world.reaps());
        assertEquals(Optional.empty(), world.ensureDaemon().reusableRecordedDaemon(world.identity("3.2.5", "/opt/sk")));
    }

    @Test
    void aDaemonOfAnotherVersionIsReplacedThroughItsShutdown() {
        SimulatedDaemons.Daemon old = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/opt/sk"), world.scopeRoot));
        EnsureOutcome outcome = explicit();
        assertEquals(EnsureStatus.REPLACED, outcome.status());
        assertEquals(Long.valueOf(old.pid()), outcome.previousPid());
        assertEquals(List.of("shutdown 9400"), world.daemons.requests());
        assertEquals(List.of(), world.signals.sent());
        assertEquals(Integer.valueOf(9400), outcome.port(), "the freed port is the first free one again");
        assertEquals(outcome.pid(), Long.valueOf(recordedState().pid().getAsLong()));
    }

    @Test
    void reuseNeedsTheOwnerBlockAndThisRootAsSingletonScope() {
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, world.foreground(), "/another/root"));
        assertEquals(EnsureStatus.REPLACED, explicit().status());

        DaemonWorld other = new DaemonWorld(ROOT);
        other.record(other.daemons.start(9400, DaemonWorld.TOKEN, other.foreground(), other.scopeRoot,
                SpawnShape.JAVA, Duration.ZERO, false));
        assertEquals(EnsureStatus.REPLACED, other.ensureDaemon().ensure(other.request(EnsureIntent.EXPLICIT)).status());
    }

    @Test
    void pathFieldsAreComparedCanonicallyForReuse() {
        world.paths.link(Path.of("/opt/current"), Path.of("/opt/sk"));
        world.recordedDaemon(9400);
        world.foreground(world.identity("3.2.4", "/opt/current"));
        assertEquals(EnsureStatus.REUSED, explicit().status());
    }

    @Test
    void aHealthyReferenceSingletonThatDoesNotMatchIsLeftRunningAndRefused() {
        SimulatedDaemons.Daemon reference = world.record(world.daemons.start(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/usr/lib/python3/site-packages"), world.scopeRoot, SpawnShape.PYTHON,
                Duration.ZERO, true));
        EnsureOutcome outcome = explicit();
        assertEquals(EnsureStatus.REFUSED, outcome.status());
        assertEquals("a reference sync daemon is the recorded singleton on port 9400; not replacing it", outcome.error());
        assertTrue(world.daemons.daemonOn(9400).isPresent());
        assertEquals(List.of(), world.daemons.requests());
        assertEquals(List.of(), world.daemons.launches());
        assertEquals(List.of("[WARN] the recorded sync daemon (pid " + reference.pid() + ", port 9400) was started by"
                + " the spec-kitty reference CLI, which may be using this root concurrently"), warnings());
    }

    @Test
    void anUnstoppableMismatchedDaemonFailsEnsure() {
        SimulatedDaemons.Daemon old = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/opt/sk"), world.scopeRoot)).ignoringShutdown();
        world.signals.ownedByAnotherUser(old.pid());
        assertEquals(EnsureOutcome.failed("could not stop recorded daemon pid " + old.pid(), SweepResult.EMPTY),
                explicit());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void anUnhealthyUnverifiableRecordedDaemonFailsEnsure() {
        SimulatedDaemons.Daemon recorded = world.recordedDaemon(9400);
        world.processes.put(new ProcessFacts(recorded.pid(), ProcessState.ALIVE, Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals(EnsureOutcome.failed("cannot verify recorded daemon pid " + recorded.pid(), SweepResult.EMPTY),
                explicit());
        assertTrue(world.stateFiles.exists(ROOT));
    }

    @Test
    void aDeadRecordedDaemonIsClearedAndANewOneStarted() {
        SimulatedDaemons.Daemon dead = world.recordedDaemon(9400);
        world.processes.remove(dead.pid());
        EnsureOutcome outcome = explicit();
        assertEquals(EnsureStatus.STARTED, outcome.status());
        assertEquals(null, outcome.previousPid());
        assertEquals(outcome.pid(), Long.valueOf(recordedState().pid().getAsLong()));
    }

    @Test
    void anInvalidStateFileIsDeletedAndANewDaemonStarted() {
        world.stateFiles.plantText(ROOT, "http://127.0.0.1:80\n80\n");
        assertEquals(EnsureStatus.STARTED, explicit().status());
    }

    @Test
    void exitCode3RetriesOnTheNextFreePortAtMostThreeTimes() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(3)).nextLaunch(new SimulatedDaemons.Launch.Exits(3));
        EnsureOutcome outcome = explicit();
        assertEquals(Integer.valueOf(9402), outcome.port());
        assertEquals(List.of(9400, 9401, 9402), launchedPorts());

        DaemonWorld busy = new DaemonWorld(ROOT);
        for (int i = 0; i < 4; i++) {
            busy.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(3));
        }
        EnsureOutcome failed = busy.ensureDaemon().ensure(busy.request(EnsureIntent.EXPLICIT));
        assertEquals("Sync daemon exited during startup (exit code 3); see " + ROOT.resolve("sync-daemon.log"),
                failed.error());
        assertEquals(4, busy.daemons.launches().size(), "one spawn and three retries");
        assertFalse(busy.stateFiles.exists(ROOT));
    }

    @Test
    void anyOtherEarlyExitFailsAtOnce() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(2));
        assertEquals("Sync daemon exited during startup (exit code 2); see " + ROOT.resolve("sync-daemon.log"),
                explicit().error());
        assertEquals(1, world.daemons.launches().size());
    }

    @Test
    void aChildThatNeverBecomesHealthyIsEndedAfter21Seconds() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.NeverListens());
        EnsureOutcome outcome = explicit();
        assertEquals(EnsureOutcome.failed("Sync daemon failed health check on port 9400", SweepResult.EMPTY), outcome);
        Duration waited = world.clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(Duration.ofSeconds(21)) >= 0 && waited.compareTo(Duration.ofSeconds(23)) < 0,
                "waited " + waited);
        assertTrue(world.clock.sleeps().stream().allMatch(d -> d.compareTo(Duration.ofMillis(500)) <= 0));
        assertEquals(List.of(), world.daemons.listeningPorts());
        assertFalse(world.stateFiles.exists(ROOT), "no daemon runs unrecorded, none is recorded");
        assertEquals(List.of(), world.signals.sent(), "ended through its own handle, not by pid");
    }

    @Test
    void aChildWithoutOwnerBlockNeverPassesTheStartupProbe() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Healthy(Duration.ZERO, false));
        assertEquals("Sync daemon failed health check on port 9400", explicit().error());
    }

    @Test
    void aLaunchThatCannotStartFails() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Fails("cannot create " + ROOT.resolve("sync-daemon.log")
                + ": AccessDeniedException"));
        assertEquals("could not start the sync daemon: cannot create " + ROOT.resolve("sync-daemon.log")
                + ": AccessDeniedException", explicit().error());
    }

    @Test
    void aStateFileThatCannotBeWrittenEndsTheChild() {
        StateFiles readOnly = new StateFiles() {
            @Override
            public StateFileReading read(Path root) {
                return world.stateFiles.read(root);
            }

            @Override
            public void write(Path root, StateFile state) {
                throw new UncheckedIOException("could not write " + StateFiles.stateFilePath(root)
                        + ": AccessDeniedException", new IOException("denied"));
            }

            @Override
            public boolean delete(Path root) {
                return world.stateFiles.delete(root);
            }
        };
        DaemonContext context = new DaemonContext(ROOT, world.scopeRoot, world.clock, world.log, world.locks, readOnly,
                world.ownerRecords, world.processes, world.daemons, world.daemons, world.signals, world.daemons,
                world.executables);
        EnsureOutcome outcome = new EnsureDaemon(context, new StopDaemon(context), world.reaper(), world.daemons,
                world.daemons, world.paths).ensure(world.request(EnsureIntent.EXPLICIT));
        assertEquals("could not record the sync daemon in " + ROOT.resolve("sync-daemon") + ": could not write "
                + ROOT.resolve("sync-daemon") + ": AccessDeniedException", outcome.error());
        assertEquals(List.of(), world.daemons.listeningPorts(), "no daemon runs unrecorded");
    }

    @Test
    void aFailingReaperIsLoggedAndNeverBlocksEnsure() {
        EnsureOutcome outcome = world.ensureDaemon(root -> {
            throw new IllegalStateException("scan exploded");
        }).ensure(world.request(EnsureIntent.EXPLICIT));
        assertEquals(EnsureStatus.STARTED, outcome.status());
        assertEquals(SweepResult.EMPTY, outcome.reap());
        assertEquals(List.of("[WARN] startup reaper failed: IllegalStateException: scan exploded"), warnings());
    }

    @Test
    void ensureWithoutIdentityProceedsWithOneWarning() {
        ForegroundIdentity anonymous = new ForegroundIdentity("3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                DaemonWorld.SERVER, null, null, null, ROOT.resolve("queue.db").toString());
        world.foreground(anonymous);
        EnsureDaemon ensure = world.ensureDaemon();
        assertEquals(EnsureStatus.STARTED, ensure.ensure(world.request(EnsureIntent.EXPLICIT)).status());
        assertEquals(EnsureStatus.REUSED, ensure.ensure(world.request(EnsureIntent.EXPLICIT)).status());
        assertEquals(List.of("[WARN] no authenticated identity; the daemon will not deliver"), warnings());
    }

    @Test
    void theTokenIsNeverLogged() {
        explicit();
        ControlToken token = world.daemons.launches().get(0).token();
        assertTrue(world.log.lines().stream().noneMatch(line -> line.contains(token.value())));
        assertInstanceOf(OwnerRecordReading.Found.class, world.ownerRecords.read(ROOT));
    }

    private List<Integer> launchedPorts() {
        return world.daemons.launches().stream().map(launch -> launch.port().value()).toList();
    }
}
