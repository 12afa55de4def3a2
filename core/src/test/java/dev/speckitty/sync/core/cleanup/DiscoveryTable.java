package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.FakeCanonicalPaths;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import dev.speckitty.sync.core.testing.FakeSignals;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryOwnerRecords;
import dev.speckitty.sync.core.testing.InMemoryStateFiles;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.core.testing.SequentialScanLoopbackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The injected discovery table of cleanup.md §12: made-up listeners, port → process, on any port (the boundary and
 * dashboard ports included), wired into the fakes of every port discovery and the sweep use. A listener's port is
 * open exactly while its process lives (unless told to linger), so a signal that ends the process closes the port.
 * Every probe, control request and signal is recorded.
 */
final class DiscoveryTable {

    static final Path ROOT = Path.of(Listeners.ROOT);
    static final String FOREGROUND_VERSION = "3.2.4";

    final FakeClock clock = FakeClock.at("2026-06-30T10:00:00Z");
    final FakeProcessTable processes = new FakeProcessTable();
    final FakeSignals signals = new FakeSignals(processes);
    final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    final InMemoryOwnerRecords owners = new InMemoryOwnerRecords(locks);
    final InMemoryStateFiles states = new InMemoryStateFiles(clock);
    final FakeCanonicalPaths paths = new FakeCanonicalPaths(Path.of("/"));
    final RecordingOperatorLog log = new RecordingOperatorLog();

    private final Map<Integer, Listener> listeners = new HashMap<>();
    private final List<String> probes = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final Set<Integer> lingering = new HashSet<>();

    /** One listener: its process and what its health endpoint answers (empty: accepts TCP, never answers HTTP). */
    private record Listener(long pid, Optional<HealthProbe> health, Optional<ControlToken> token) {
    }

    /** A live process with this argv listening on {@code port}, answering health with {@code health}. */
    DiscoveryTable listen(int port, long pid, List<String> argv, HealthProbe health) {
        processes.alive(pid, argv, Listeners.STARTED, Path.of(argv.isEmpty() ? "/bin/x" : "/usr/bin/java"));
        listeners.put(port, new Listener(pid, Optional.of(health), Optional.empty()));
        return this;
    }

    /** A stale same-root Java daemon of this version that is not recorded: safe_auto. */
    DiscoveryTable staleDaemon(int port, long pid, String version) {
        return listen(port, pid, Listeners.javaArgv(port, Listeners.ROOT), Listeners.syncHealth(pid, port, version));
    }

    /** The daemon also wrote owner.json naming it, with this token: the sweep may ask it to shut down. */
    DiscoveryTable ownerRecordFor(int port, String token) throws Exception {
        Listener listener = listeners.get(port);
        listeners.put(port, new Listener(listener.pid(), listener.health(), Optional.of(new ControlToken(token))));
        owners.write(ROOT, new OwnerRecord(null, null, null, "/opt/sk/lib/spec-kitty-sync.jar", "3.2.2",
                listener.pid(), port, "/srv/sk-home/queue.db", "https://spec-kitty-dev.fly.dev", "/opt/sk",
                "2026-06-30T10:00:00+00:00", new ControlToken(token)));
        return this;
    }

    /** The state file records this daemon as the singleton. */
    DiscoveryTable recordSingleton(int port, long pid) {
        states.write(ROOT, StateFile.of(new SyncPort(port), new ControlToken("0".repeat(32)), pid));
        return this;
    }

    /** The port keeps listening after its process is gone (another process inherited the socket). */
    DiscoveryTable linger(int port) {
        lingering.add(port);
        return this;
    }

    boolean alive(long pid) {
        return !processes.facts(pid).state().gone();
    }

    List<String> probes() {
        return List.copyOf(probes);
    }

    List<String> controlRequests() {
        return List.copyOf(requests);
    }

    private boolean open(int port) {
        Listener listener = listeners.get(port);
        return listener != null && (alive(listener.pid()) || lingering.contains(port));
    }

    final ProbeLoopback loopback = new ProbeLoopback() {
        @Override
        public boolean accepts(SyncPort port, Duration timeout) {
            probes.add("connect " + port.value());
            return open(port.value());
        }

        @Override
        public HealthProbe health(SyncPort port, Duration timeout) {
            probes.add("health " + port.value());
            if (!open(port.value()) || !alive(listeners.get(port.value()).pid())) {
                return new HealthProbe.NotResponded("connection refused");
            }
            return listeners.get(port.value()).health().orElse(new HealthProbe.NotResponded("timed out"));
        }
    };

    final ListenerPids listenerPids = port -> open(port) ? OptionalLong.of(listeners.get(port).pid())
            : OptionalLong.empty();

    /** Accepts a shutdown carrying the listener's own token: the process exits at once. */
    final ControlDaemon control = new ControlDaemon() {
        @Override
        public Outcome shutdown(SyncPort port, ControlToken token, Duration timeout) {
            requests.add("shutdown " + port.value());
            Listener listener = listeners.get(port.value());
            if (listener == null || !open(port.value())) {
                return new Outcome(Reply.FAILED, 0, "connection refused");
            }
            if (listener.token().map(t -> t.value().equals(token.value())).orElse(false)) {
                processes.remove(listener.pid());
                return new Outcome(Reply.ACCEPTED, 200, "stopping");
            }
            return new Outcome(Reply.INVALID_TOKEN, 403, "invalid_token");
        }

        @Override
        public Outcome triggerSync(SyncPort port, ControlToken token, Duration timeout) {
            throw new AssertionError("a sweep never triggers a sync");
        }
    };

    /** Replaces the process behind {@code pid} with a newer one (same pid, later start): a recycled pid. */
    void recyclePid(long pid, List<String> argv) {
        processes.put(new ProcessFacts(pid, ProcessState.ALIVE, Optional.of(argv),
                Optional.of(Listeners.STARTED.plusSeconds(30)), Optional.of(Path.of("/usr/bin/other"))));
    }

    DiscoverListeners discovery(PortRange range) {
        return new DiscoverListeners(new SequentialScanLoopbackPorts(loopback), listenerPids, processes, states,
                owners, paths, range);
    }

    DiscoverListeners discovery() {
        return discovery(PortRange.DEFAULT);
    }

    SweepDaemons sweeper(Signals signalsToUse) {
        return new SweepDaemons(processes, signalsToUse, loopback, control, owners, clock, log);
    }

    SweepDaemons sweeper() {
        return sweeper(signals);
    }

    SweepLiveOrphans sweepLiveOrphans(PortRange range) {
        return new SweepLiveOrphans(discovery(range), sweeper(), locks);
    }

    StartupReaper reaper(PortRange range) {
        return new StartupReaper(sweepLiveOrphans(range), log, FOREGROUND_VERSION);
    }

    static Instant started() {
        return Listeners.STARTED;
    }
}
