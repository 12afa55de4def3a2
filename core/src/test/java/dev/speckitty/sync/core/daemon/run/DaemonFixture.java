package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.control.ControlRequest;
import dev.speckitty.sync.core.daemon.control.ControlResponse;
import dev.speckitty.sync.core.daemon.control.RequestBody;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import dev.speckitty.sync.core.testing.InMemoryCanonicalPaths;
import dev.speckitty.sync.core.testing.InMemoryControlPlane;
import dev.speckitty.sync.core.testing.InMemoryIdentityInputs;
import dev.speckitty.sync.core.testing.InMemoryOwnerRecords;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.InMemoryRootSafety;
import dev.speckitty.sync.core.testing.InMemoryStateFiles;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.core.testing.RecordingUplink;
import dev.speckitty.sync.core.testing.ScriptedControlToken;
import dev.speckitty.sync.core.uplink.Uplink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A daemon built entirely from the core fakes, at {@code /r}, with a fake clock; threads are recorded, not run. */
final class DaemonFixture {
    static final Path ROOT = Path.of("/r");
    static final long PID = 4242;
    static final int PORT = 9401;
    static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";
    static final String SERVER = "https://spec-kitty-dev.fly.dev";
    static final String SCOPE = SERVER + "|alice@example.com|team-1";
    static final Path SCOPED = ROOT.resolve("queues").resolve("queue-8b85169673aa98b5.db");
    static final Installation INSTALLATION = new Installation("3.2.4", Path.of("/opt/sk/lib/spec-kitty-sync.jar"),
            Path.of("/opt/sk"));

    final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.250Z");
    final RecordingOperatorLog log = new RecordingOperatorLog();
    final InMemoryIdentityInputs identityInputs = new InMemoryIdentityInputs();
    final InMemoryQueueDatabases queues = new InMemoryQueueDatabases();
    final MigrationHarness migration = new MigrationHarness(QueueStoresUnderTest.inMemory(queues));
    final InMemoryControlPlane controlPlane = new InMemoryControlPlane();
    final InMemoryOwnerRecords ownerRecords = new InMemoryOwnerRecords(migration.locks);
    final InMemoryStateFiles stateFiles = new InMemoryStateFiles(clock);
    final FakeProcessTable processes = new FakeProcessTable();
    final InMemoryCanonicalPaths canonicalPaths = new InMemoryCanonicalPaths(Path.of("/"));
    final InMemoryRootSafety rootSafety = new InMemoryRootSafety(1000);
    final RecordingUplink recordingUplink = RecordingUplink.unavailable();
    Uplink uplink = recordingUplink;
    ProcessTable processTable = processes;
    /** Bodies of the threads the daemon started, by name, in order. */
    final List<Map.Entry<String, Runnable>> threads = new ArrayList<>();
    ScriptedControlToken stdin = ScriptedControlToken.line(TOKEN);
    Environment environment = Environment.of(Map.of(Environment.SPEC_KITTY_HOME, ROOT.toString()));

    DaemonFixture authenticated() {
        identityInputs.putCredentials(ROOT, "alice@example.com", "team-1", SERVER);
        return this;
    }

    IdentityResolver identities() {
        return new IdentityResolver(identityInputs, clock, environment);
    }

    QueueLocator queueLocator() {
        return new QueueLocator(queues, migration.migration(), log);
    }

    DaemonPorts ports() {
        return new DaemonPorts(stdin, controlPlane, ownerRecords, stateFiles, processTable, canonicalPaths, rootSafety,
                queueLocator(), queues, uplink, clock, log);
    }

    SyncDaemon daemon() {
        return new SyncDaemon(ports(), identities(), ROOT, PID, INSTALLATION, environment,
                (name, body) -> threads.add(Map.entry(name, body)));
    }

    static DaemonArguments arguments() {
        return new DaemonArguments(PORT, ROOT.toString(), Optional.of(INSTALLATION.executablePath().toString()));
    }

    /** Starts the daemon with {@link #arguments()} and returns it running. */
    RunningDaemon started() throws InterruptedException {
        SyncDaemon.Startup startup = daemon().start(arguments());
        if (!(startup instanceof SyncDaemon.Started started)) {
            throw new AssertionError("expected a running daemon, got " + startup + "; log " + log.lines());
        }
        return started.daemon();
    }

    /** Runs the bodies of threads started since the last call, in order (a stop thread, typically). */
    void runStartedThreads(String name) {
        threads.stream().filter(t -> t.getKey().equals(name)).map(Map.Entry::getValue).toList().forEach(Runnable::run);
    }

    Optional<ControlResponse> request(String method, String path, RequestBody body) {
        return controlPlane.send(PORT, new ControlRequest(method, path, List.of("127.0.0.1:" + PORT), body));
    }

    static RequestBody tokenBody(String token) {
        return new RequestBody.JsonObject(new RequestBody.TokenText(token));
    }
}
