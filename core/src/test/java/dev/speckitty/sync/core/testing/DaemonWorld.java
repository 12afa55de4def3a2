package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.lifecycle.DaemonContext;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureIntent;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureRequest;
import dev.speckitty.sync.core.daemon.lifecycle.RestartDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.StopDaemon;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One root with every daemon-side port faked and wired together: a fake clock (waits are instant), in-memory locks,
 * state file and owner records, a process table that {@link FakeSignals} acts on, and {@link SimulatedDaemons} for
 * loopback, listeners, control requests, launches and trial binds. Launched daemons report {@link #foreground} as
 * their identity unless told otherwise, so ensure can reuse what it started.
 */
public final class DaemonWorld {
    public static final String SERVER = "https://spec-kitty-dev.fly.dev";
    public static final String SCOPE = SERVER + "|alice@example.com|team-1";
    public static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");
    public static final ControlToken OTHER_TOKEN = new ControlToken("00112233445566778899aabbccddeeff");

    public final Path root;
    public final String scopeRoot;
    public final FakeClock clock;
    public final InMemoryLockFiles locks;
    public final InMemoryStateFiles stateFiles;
    public final InMemoryOwnerRecords ownerRecords;
    public final FakeProcessTable processes = new FakeProcessTable();
    public final FakeSignals signals = new FakeSignals(processes);
    public final FakeCheckExecutable executables = new FakeCheckExecutable();
    public final FakeCanonicalPaths paths;
    public final RecordingOperatorLog log = new RecordingOperatorLog();
    public final SimulatedDaemons daemons;
    private final List<Path> reaps = new ArrayList<>();
    private SweepResult reapResult = SweepResult.EMPTY;
    private ForegroundIdentity foreground;
    private Environment environment;
    private DaemonContext context;

    /** @param root an absolute root; nothing is created on disk */
    public DaemonWorld(Path root) {
        this(root, FakeClock.at("2026-05-17T16:42:00Z"));
    }

    public DaemonWorld(Path root, FakeClock clock) {
        this(root, clock, new InMemoryLockFiles(clock));
    }

    /** A world sharing a caller's clock and locks (a CLI test's invocation graph binds them once). */
    public DaemonWorld(Path root, FakeClock clock, InMemoryLockFiles locks) {
        this.root = root;
        this.clock = clock;
        this.locks = locks;
        this.stateFiles = new InMemoryStateFiles(clock);
        this.ownerRecords = new InMemoryOwnerRecords(locks);
        this.paths = new FakeCanonicalPaths(root.getRoot());
        this.scopeRoot = paths.canonical(root.toString());
        this.foreground = identity("3.2.4", "/opt/sk");
        this.environment = Environment.of(Map.of(Environment.SPEC_KITTY_HOME, root.toString(),
                Environment.ENABLE_SAAS_SYNC, "1", Environment.SYNC_PORT_RANGE, "9400-9409"));
        this.daemons = new SimulatedDaemons(root, clock, processes, ownerRecords, launch -> foreground);
        executables.mark(foreground.executablePath(), ExecutableStatus.PRESENT);
    }

    /** An authenticated identity of this root at a version, installed under {@code install}. */
    public ForegroundIdentity identity(String version, String install) {
        return new ForegroundIdentity(version, install + "/lib/spec-kitty-sync.jar", install, SERVER,
                "alice@example.com", "team-1", SCOPE, root.resolve("queues/queue-8b85169673aa98b5.db").toString());
    }

    public ForegroundIdentity foreground() {
        return foreground;
    }

    /** The foreground from now on (launched daemons keep reporting the identity in force when they launch). */
    public DaemonWorld foreground(ForegroundIdentity identity) {
        this.foreground = identity;
        executables.mark(identity.executablePath(), ExecutableStatus.PRESENT);
        return this;
    }

    public Environment environment() {
        return environment;
    }

    public DaemonWorld environment(Environment replacement) {
        this.environment = replacement;
        return this;
    }

    /** The one context of this world's invocation (warnings once per context). */
    public DaemonContext context() {
        if (context == null) {
            context = new DaemonContext(root, scopeRoot, clock, log, locks, stateFiles, ownerRecords, processes,
                    daemons, daemons, signals, daemons, executables);
        }
        return context;
    }

    /** The reaper ensure calls: records each call and answers {@link #reapResult}. */
    public ReapStaleDaemons reaper() {
        return root -> {
            synchronized (reaps) {
                reaps.add(root);
            }
            return reapResult;
        };
    }

    public DaemonWorld reapResult(SweepResult result) {
        this.reapResult = result;
        return this;
    }

    public List<Path> reaps() {
        synchronized (reaps) {
            return List.copyOf(reaps);
        }
    }

    public StopDaemon stopDaemon() {
        return new StopDaemon(context());
    }

    public EnsureDaemon ensureDaemon() {
        return ensureDaemon(reaper());
    }

    public EnsureDaemon ensureDaemon(ReapStaleDaemons reaper) {
        return new EnsureDaemon(context(), stopDaemon(), reaper, daemons, daemons, paths);
    }

    public RestartDaemon restartDaemon() {
        return new RestartDaemon(context(), stopDaemon(), ensureDaemon());
    }

    public EnsureRequest request(EnsureIntent intent) {
        return new EnsureRequest(intent, environment, foreground, BackgroundDaemonPolicy.AUTO);
    }

    /** A daemon of this root already running on {@code port} with the foreground's identity, and recorded. */
    public SimulatedDaemons.Daemon recordedDaemon(int port) {
        return record(daemons.running(port, TOKEN, foreground, scopeRoot));
    }

    /** Writes the state file naming this daemon, as the ensure that started it did. */
    public SimulatedDaemons.Daemon record(SimulatedDaemons.Daemon daemon) {
        stateFiles.write(root, StateFile.of(new SyncPort(daemon.port()), daemon.token(), daemon.pid()));
        return daemon;
    }
}
