package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.testing.FakeCanonicalPaths;
import dev.speckitty.sync.core.testing.FakeCheckExecutable;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeListenerPids;
import dev.speckitty.sync.core.testing.FakeProbeLoopback;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import dev.speckitty.sync.core.testing.FakeSignals;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryOwnerRecords;
import dev.speckitty.sync.core.testing.InMemoryStateFiles;
import dev.speckitty.sync.core.testing.OpenPort;
import dev.speckitty.sync.core.testing.StartedProcess;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The port contracts run against the in-memory fakes of the core test-jar. */
class FakePortsContractTest {
    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00Z");
    private static final long NO_PROCESS = 999_999_999L;
    private static final AtomicInteger NEXT_PID = new AtomicInteger(1000);

    private static StartedProcess register(FakeProcessTable table) {
        long pid = NEXT_PID.incrementAndGet();
        List<String> argv = List.of("sleep", "30");
        table.alive(pid, argv, NOW, Path.of("/usr/bin/sleep"));
        return new StartedProcess(pid, argv, NOW, NOW, () -> table.remove(pid));
    }

    @Nested
    class ProcessTableFake extends ProcessTableContract {
        private final FakeProcessTable table = new FakeProcessTable();

        @Override
        protected ProcessTable table() {
            return table;
        }

        @Override
        protected StartedProcess startSleeper() {
            return register(table);
        }

        @Override
        protected StartedProcess startZombie() {
            StartedProcess process = register(table);
            table.zombify(process.pid());
            return process;
        }

        @Override
        protected long pidOfNoProcess() {
            return NO_PROCESS;
        }
    }

    @Nested
    class SignalsFake extends SignalsContract {
        private final FakeProcessTable table = new FakeProcessTable();
        private final FakeSignals signals = new FakeSignals(table);

        @Override
        protected Signals signals() {
            return signals;
        }

        @Override
        protected StartedProcess startSleeper() {
            return register(table);
        }

        @Override
        protected boolean endsWithin(StartedProcess process, Duration wait) {
            return table.facts(process.pid()).state().gone();
        }

        @Override
        protected long pidOfNoProcess() {
            return NO_PROCESS;
        }

        @Test
        void anotherUsersProcessIsDeniedAndSurvives() {
            StartedProcess other = register(table);
            signals.ownedByAnotherUser(other.pid());
            assertEquals(SignalOutcome.DENIED, signals.terminate(other.pid()));
            assertEquals(SignalOutcome.DENIED, signals.kill(other.pid()));
            assertEquals(ProcessState.ALIVE, table.facts(other.pid()).state());
            assertEquals(List.of(), signals.sent());
        }

        @Test
        void aProcessCanSurviveTerminateButNotKill() {
            StartedProcess stubborn = register(table);
            signals.survivesTerminate(stubborn.pid());
            assertEquals(SignalOutcome.DELIVERED, signals.terminate(stubborn.pid()));
            assertEquals(ProcessState.ALIVE, table.facts(stubborn.pid()).state());
            assertEquals(SignalOutcome.DELIVERED, signals.kill(stubborn.pid()));
            assertEquals(List.of("TERM " + stubborn.pid(), "KILL " + stubborn.pid()), signals.sent());
        }
    }

    @Nested
    class ListenerPidsFake extends ListenerPidsContract {
        private final FakeListenerPids listeners = new FakeListenerPids();

        @Override
        protected ListenerPids listeners() {
            return listeners;
        }

        @Override
        protected OpenPort listenOnLoopback() {
            listeners.listen(40001, 1234);
            return new OpenPort(40001, 1234, () -> listeners.close(40001));
        }

        @Override
        protected OpenPort bindWithoutListening() {
            return new OpenPort(40002, 1234, () -> { });
        }
    }

    @Nested
    class ProbeLoopbackFake extends ProbeLoopbackContract {
        private final FakeProbeLoopback probe = new FakeProbeLoopback();

        @Override
        protected ProbeLoopback probe() {
            return probe;
        }

        @Override
        protected OpenPort serveHealth(HealthReport report) {
            SyncPort port = new SyncPort(9440);
            probe.serve(port, report);
            return new OpenPort(port.value(), 1, () -> probe.close(port));
        }

        @Override
        protected OpenPort serveNonObjectHealth() {
            SyncPort port = new SyncPort(9441);
            probe.acceptWithoutHealth(port, "body is not a JSON object");
            return new OpenPort(port.value(), 1, () -> probe.close(port));
        }

        @Override
        protected OpenPort serveSilence() {
            SyncPort port = new SyncPort(9442);
            probe.acceptWithoutHealth(port, "timed out");
            return new OpenPort(port.value(), 1, () -> probe.close(port));
        }

        @Override
        protected SyncPort closedPort() {
            return new SyncPort(9443);
        }
    }

    @Nested
    class CheckExecutableFake extends CheckExecutableContract {
        private final FakeCheckExecutable checker = new FakeCheckExecutable()
                .mark("/opt/sk/lib/spec-kitty-sync.jar", ExecutableStatus.PRESENT)
                .mark("/root-only/spec-kitty-sync.jar", ExecutableStatus.UNVERIFIABLE);

        @Override
        protected CheckExecutable checker() {
            return checker;
        }

        @Override
        protected String existingFile() {
            return "/opt/sk/lib/spec-kitty-sync.jar";
        }

        @Override
        protected String missingFile() {
            return "/opt/gone/spec-kitty-sync.jar";
        }

        @Override
        protected String uncheckablePath() {
            return "/root-only/spec-kitty-sync.jar";
        }
    }

    @Nested
    class CanonicalPathsFake extends CanonicalPathsContract {
        private final FakeCanonicalPaths paths = new FakeCanonicalPaths(Path.of("").toAbsolutePath());

        @Override
        protected CanonicalPaths paths() {
            return paths;
        }

        @Override
        protected Path base() {
            return Path.of("/fake/base");
        }

        @Override
        protected void makeDirectory(Path directory) {
            // the fake has no directories: every path not under a link is its own canonical form
        }

        @Override
        protected void makeLink(Path link, Path target) {
            paths.link(link, target);
        }
    }

    @Nested
    class OwnerRecordsFake extends OwnerRecordsContract {
        private final InMemoryLockFiles locks = new InMemoryLockFiles();
        private final InMemoryOwnerRecords records = new InMemoryOwnerRecords(locks);

        @Override
        protected OwnerRecords records() {
            return records;
        }

        @Override
        protected Path root() {
            return Path.of("/fake/root");
        }

        @Override
        protected InMemoryLockFiles locks() {
            return locks;
        }

        @Override
        protected Path canonicalDirectory() {
            return Path.of("/fake/install");
        }

        @Override
        protected void plantNotJson(Path root) {
            records.plantUnreadable(root, OwnerRecordReading.Reason.INVALID_JSON, "invalid JSON at line 1 column 1");
        }
    }

    @Nested
    class StateFilesFake extends StateFilesContract {
        private final FakeClock clock = new FakeClock(NOW);
        private final InMemoryStateFiles files = new InMemoryStateFiles(clock);

        @Override
        protected StateFiles files() {
            return files;
        }

        @Override
        protected Path root() {
            return Path.of("/fake/root");
        }

        @Override
        protected void plantText(Path root, String text) {
            files.plantText(root, text);
        }

        @Override
        protected Instant now() {
            return clock.now();
        }

        @Test
        void theModificationTimeIsTheClocksTimeOfTheWrite() {
            files.write(root(), StateFile.of(new SyncPort(9411), new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877"), 4242));
            clock.advance(Duration.ofSeconds(30));
            assertEquals(NOW, ((StateFileReading.Valid) files.read(root())).modifiedAt());
        }
    }

    /** A simulated world whose launched daemons report what the launch tells them (version, root). */
    private static SimulatedDaemons simulated(FakeClock clock, FakeProcessTable table) {
        Path root = Path.of("/fake/root");
        return new SimulatedDaemons(root, clock, table, new InMemoryOwnerRecords(new InMemoryLockFiles(clock)),
                launch -> new ForegroundIdentity(launch.packageVersion(), launch.executablePath(), "/opt/sk",
                        "https://spec-kitty-dev.fly.dev", null, null, null, root.resolve("queue.db").toString()));
    }

    @Nested
    class ControlDaemonFake extends ControlDaemonContract {
        private final FakeClock clock = new FakeClock(NOW);
        private final SimulatedDaemons daemons = simulated(clock, new FakeProcessTable());

        @Override
        protected ControlDaemon control() {
            return daemons;
        }

        @Override
        protected OpenPort serveDaemon(ControlToken token) {
            SimulatedDaemons.Daemon daemon = daemons.running(9444, token, new ForegroundIdentity("3.2.4",
                    "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk", "https://spec-kitty-dev.fly.dev", null, null, null,
                    "/fake/root/queue.db"), "/fake/root");
            return new OpenPort(daemon.port(), daemon.pid(), () -> { });
        }

        @Override
        protected SyncPort closedPort() {
            return new SyncPort(9445);
        }
    }

    @Nested
    class TryBindLoopbackFake extends TryBindLoopbackContract {
        private final SimulatedDaemons daemons = simulated(new FakeClock(NOW), new FakeProcessTable());

        @Override
        protected TryBindLoopback binder() {
            return daemons;
        }

        @Override
        protected SyncPort freePort() {
            return new SyncPort(9446);
        }

        @Override
        protected OpenPort occupy() {
            SimulatedDaemons.OpenPortOf listener = daemons.foreignListener(9447);
            return new OpenPort(listener.port(), listener.pid(), listener);
        }

        @Test
        void aPortThatCannotBeBoundAlthoughConnectsAreRefusedIsNotFree() {
            daemons.unbindable(9448);
            assertEquals(false, daemons.canBind(new SyncPort(9448)));
        }
    }

    @Nested
    class LaunchDaemonFake extends LaunchDaemonContract {
        private final FakeClock clock = new FakeClock(NOW);
        private final FakeProcessTable table = new FakeProcessTable();
        private final SimulatedDaemons daemons = simulated(clock, table);

        @Override
        protected LaunchDaemon launcher() {
            return daemons;
        }

        @Override
        protected ProbeLoopback probe() {
            return daemons;
        }

        @Override
        protected ProcessTable processTable() {
            return table;
        }

        @Override
        protected Clock clock() {
            return clock;
        }

        @Override
        protected Path root() {
            return Path.of("/fake/root");
        }

        @Override
        protected Environment environment() {
            return Environment.of(Map.of());
        }

        @Override
        protected SyncPort freePort() {
            return new SyncPort(9446);
        }

        @Override
        protected OpenPort occupy() {
            SimulatedDaemons.OpenPortOf listener = daemons.foreignListener(9447);
            return new OpenPort(listener.port(), listener.pid(), listener);
        }
    }
}
