package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.DaemonLaunchException;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.time.IsoTimestamps;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.LaunchedDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Made-up sync daemons on made-up loopback ports: the in-memory fake of {@link ProbeLoopback}, {@link ListenerPids},
 * {@link ControlDaemon}, {@link LaunchDaemon} and {@link TryBindLoopback} at once, so the five agree with each
 * other. A daemon is a process of a {@link FakeProcessTable} (so {@link FakeSignals} ends it) that listens on its
 * port once its start-up delay has passed on the {@link Clock}, answers health with its identity, honours
 * {@code /api/shutdown} and {@code /api/sync/trigger} with its token, writes its owner record when it starts
 * listening and removes it on a graceful stop. A process that is gone no longer listens.
 */
public final class SimulatedDaemons implements ProbeLoopback, ListenerPids, ControlDaemon, LaunchDaemon, TryBindLoopback {
    /** Exit status of a process ended by SIGTERM / SIGKILL through its handle (128 + signal). */
    public static final int TERMINATED = 143;
    public static final int KILLED = 137;
    private static final Path JAVA = Path.of("/usr/lib/jvm/bin/java");

    private final Path root;
    private final Clock clock;
    private final FakeProcessTable table;
    private final OwnerRecords ownerRecords;
    private final Map<Integer, Daemon> daemons = new HashMap<>();
    private final Map<Integer, Long> foreignListeners = new HashMap<>();
    private final Set<Integer> unbindable = new HashSet<>();
    private final Deque<Launch> scriptedLaunches = new ArrayDeque<>();
    private final List<DaemonLaunch> launches = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private Function<DaemonLaunch, ForegroundIdentity> launchedIdentity;
    private long nextPid = 20_000;

    /**
     * @param root             the root every simulated daemon belongs to (where it writes its owner record)
     * @param launchedIdentity what a launched daemon reports as its identity (it computes its own in reality)
     */
    public SimulatedDaemons(Path root, Clock clock, FakeProcessTable table, OwnerRecords ownerRecords,
                            Function<DaemonLaunch, ForegroundIdentity> launchedIdentity) {
        this.root = root;
        this.clock = clock;
        this.table = table;
        this.ownerRecords = ownerRecords;
        this.launchedIdentity = launchedIdentity;
    }

    /** How the next launch behaves (default: healthy after one second). */
    public sealed interface Launch {
        /** Listens and answers health after this delay; {@code ownerBlock} false sends health without owner. */
        record Healthy(Duration after, boolean ownerBlock) implements Launch {
        }

        /** Exits at once with this code (3: the bind failed). */
        record Exits(int code) implements Launch {
        }

        /** Runs but never listens. */
        record NeverListens() implements Launch {
        }

        /** The process cannot be started at all. */
        record Fails(String message) implements Launch {
        }
    }

    /** What a made-up daemon is; argv in the Java or Python shape with the given root marker. */
    public final class Daemon {
        private final long pid;
        private final int port;
        private final ControlToken token;
        private final ForegroundIdentity identity;
        private final String scopeRoot;
        private final Instant startedAt;
        private final Instant listensFrom;
        private final boolean ownerBlock;
        private boolean ignoresShutdown;
        private boolean ownerRecordWritten;
        private boolean writesOwnerRecord = true;
        private int exitCode = -1;
        private int triggers;

        Daemon(long pid, int port, ControlToken token, ForegroundIdentity identity, String scopeRoot, Instant startedAt,
               Instant listensFrom, boolean ownerBlock) {
            this.pid = pid;
            this.port = port;
            this.token = token;
            this.identity = identity;
            this.scopeRoot = scopeRoot;
            this.startedAt = startedAt;
            this.listensFrom = listensFrom;
            this.ownerBlock = ownerBlock;
        }

        public long pid() {
            return pid;
        }

        public int port() {
            return port;
        }

        public ControlToken token() {
            return token;
        }

        public int triggers() {
            return triggers;
        }

        /** Keeps running after {@code /api/shutdown} (answers 200 all the same). */
        public Daemon ignoringShutdown() {
            this.ignoresShutdown = true;
            return this;
        }

        /**
         * Has no owner.json (a reference daemon, a failed write, or a record another daemon overwrote): a record it
         * already wrote is removed and none is written again.
         */
        public Daemon withoutOwnerRecord() {
            synchronized (SimulatedDaemons.this) {
                this.writesOwnerRecord = false;
                if (ownerRecordWritten) {
                    removeOwnerRecordOf(this);
                }
            }
            return this;
        }

        /** The owner record this daemon writes. */
        public OwnerRecord ownerRecord() {
            return new OwnerRecord(identity.authPrincipal(), identity.authScope(), identity.authTeam(),
                    identity.executablePath(), identity.packageVersion(), pid, port, identity.queueDbPath(),
                    identity.serverUrl(), identity.sourceCheckoutPath(), IsoTimestamps.seconds(startedAt), token);
        }

        HealthReport report() {
            HealthOwner owner = ownerBlock ? new HealthOwner(pid, (long) port, identity.packageVersion(),
                    identity.executablePath(), identity.sourceCheckoutPath(), identity.serverUrl(),
                    identity.authPrincipal(), identity.authTeam(), identity.authScope(), identity.queueDbPath(),
                    IsoTimestamps.seconds(startedAt)) : null;
            return new HealthReport("ok", "sync", false, scopeRoot, 1L, identity.packageVersion(),
                    new SyncActivity(false, null, 0L), "Offline", owner);
        }
    }

    /** The identity launched daemons report from now on. */
    public synchronized SimulatedDaemons launchedIdentity(Function<DaemonLaunch, ForegroundIdentity> identity) {
        this.launchedIdentity = identity;
        return this;
    }

    /** Scripts the behaviour of the next launch; unscripted launches are healthy after one second. */
    public synchronized SimulatedDaemons nextLaunch(Launch behaviour) {
        scriptedLaunches.add(behaviour);
        return this;
    }

    /** A daemon already running (started by an earlier invocation), listening at once, Java spawn shape. */
    public synchronized Daemon running(int port, ControlToken token, ForegroundIdentity identity, String scopeRoot) {
        return start(port, token, identity, scopeRoot, SpawnShape.JAVA, Duration.ZERO, true);
    }

    /** A running daemon with full control over its shape and health. */
    public synchronized Daemon start(int port, ControlToken token, ForegroundIdentity identity, String scopeRoot,
                                     SpawnShape shape, Duration listensAfter, boolean ownerBlock) {
        long pid = nextPid++;
        Instant now = clock.now();
        table.alive(pid, argv(shape, port, scopeRoot, identity.executablePath()), now, JAVA);
        Daemon daemon = new Daemon(pid, port, token, identity, scopeRoot, now, now.plus(listensAfter), ownerBlock);
        daemons.put(port, daemon);
        settle();
        return daemon;
    }

    /** A listener that is no sync daemon (no health answer, no spawn shape); the port is taken. */
    public synchronized OpenPortOf foreignListener(int port) {
        long pid = nextPid++;
        table.alive(pid, List.of("nc", "-l", String.valueOf(port)), clock.now(), Path.of("/usr/bin/nc"));
        foreignListeners.put(port, pid);
        return new OpenPortOf(port, pid);
    }

    /** Handle of a foreign listener; closing it frees the port. */
    public final class OpenPortOf implements AutoCloseable {
        private final int port;
        private final long pid;

        OpenPortOf(int port, long pid) {
            this.port = port;
            this.pid = pid;
        }

        public int port() {
            return port;
        }

        public long pid() {
            return pid;
        }

        @Override
        public void close() {
            synchronized (SimulatedDaemons.this) {
                foreignListeners.remove(port);
                table.remove(pid);
            }
        }
    }

    /** Connects are refused but a bind fails too (e.g. a socket in TIME_WAIT without SO_REUSEADDR). */
    public synchronized SimulatedDaemons unbindable(int port) {
        unbindable.add(port);
        return this;
    }

    public synchronized Optional<Daemon> daemonOn(int port) {
        settle();
        return Optional.ofNullable(daemons.get(port)).filter(this::listening);
    }

    /** Every launch so far, in order. */
    public synchronized List<DaemonLaunch> launches() {
        return List.copyOf(launches);
    }

    /** Control requests so far, as {@code shutdown <port>} or {@code trigger <port>}. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** Ports that currently accept connections, ascending. */
    public synchronized List<Integer> listeningPorts() {
        settle();
        List<Integer> ports = new ArrayList<>(foreignListeners.keySet());
        daemons.values().stream().filter(this::listening).map(d -> d.port).forEach(ports::add);
        ports.sort(null);
        return ports;
    }

    @Override
    public synchronized boolean accepts(SyncPort port, Duration timeout) {
        settle();
        return foreignListeners.containsKey(port.value()) || daemonListeningOn(port.value()).isPresent();
    }

    @Override
    public synchronized HealthProbe health(SyncPort port, Duration timeout) {
        settle();
        if (foreignListeners.containsKey(port.value())) {
            return new HealthProbe.NotResponded("timed out");
        }
        return daemonListeningOn(port.value()).<HealthProbe>map(d -> new HealthProbe.Responded(d.report()))
                .orElseGet(() -> new HealthProbe.NotResponded("connection refused"));
    }

    @Override
    public synchronized OptionalLong listenerPid(int port) {
        settle();
        Long foreign = foreignListeners.get(port);
        if (foreign != null) {
            return OptionalLong.of(foreign);
        }
        return daemonListeningOn(port).map(d -> OptionalLong.of(d.pid)).orElse(OptionalLong.empty());
    }

    @Override
    public synchronized boolean canBind(SyncPort port) {
        return !accepts(port, Duration.ZERO) && !unbindable.contains(port.value());
    }

    @Override
    public synchronized Outcome shutdown(SyncPort port, ControlToken token, Duration timeout) {
        return control("shutdown", port, token, daemon -> {
            if (!daemon.ignoresShutdown) {
                end(daemon, 0);
                removeOwnerRecordOf(daemon);
            }
            return new Outcome(Reply.ACCEPTED, 200, "HTTP status 200");
        });
    }

    @Override
    public synchronized Outcome triggerSync(SyncPort port, ControlToken token, Duration timeout) {
        return control("trigger", port, token, daemon -> {
            daemon.triggers++;
            return new Outcome(Reply.ACCEPTED, 202, "HTTP status 202");
        });
    }

    private Outcome control(String request, SyncPort port, ControlToken token, Function<Daemon, Outcome> accepted) {
        settle();
        requests.add(request + " " + port.value());
        Optional<Daemon> daemon = daemonListeningOn(port.value());
        if (daemon.isEmpty()) {
            return new Outcome(Reply.FAILED, 0, "connection refused");
        }
        if (!daemon.get().token.value().equals(token.value())) {
            return new Outcome(Reply.INVALID_TOKEN, 403, "HTTP status 403 (invalid_token)");
        }
        return accepted.apply(daemon.get());
    }

    @Override
    public synchronized LaunchedDaemon launch(DaemonLaunch launch) throws DaemonLaunchException {
        Launch behaviour = scriptedLaunches.isEmpty() ? new Launch.Healthy(Duration.ofSeconds(1), true)
                : scriptedLaunches.poll();
        if (behaviour instanceof Launch.Fails fails) {
            throw new DaemonLaunchException(fails.message(), null);
        }
        launches.add(launch);
        int port = launch.port().value();
        if (accepts(launch.port(), Duration.ZERO)) {
            behaviour = new Launch.Exits(3); // the bind fails: someone holds the port (daemon.md §5.1 step 4)
        }
        Duration listensAfter = behaviour instanceof Launch.Healthy healthy ? healthy.after()
                : Duration.ofDays(365_000);
        boolean ownerBlock = !(behaviour instanceof Launch.Healthy healthy) || healthy.ownerBlock();
        Daemon daemon = start(port, launch.token(), launchedIdentity.apply(launch), launch.daemonScopeRoot(),
                SpawnShape.JAVA, listensAfter, ownerBlock);
        if (behaviour instanceof Launch.Exits exits) {
            end(daemon, exits.code());
        }
        return new Handle(daemon);
    }

    /** The spawner's view of a launched daemon. */
    private final class Handle implements LaunchedDaemon {
        private final Daemon daemon;

        Handle(Daemon daemon) {
            this.daemon = daemon;
        }

        @Override
        public long pid() {
            return daemon.pid;
        }

        @Override
        public OptionalInt exitCode() {
            synchronized (SimulatedDaemons.this) {
                return table.facts(daemon.pid).state().gone() ? OptionalInt.of(daemon.exitCode < 0 ? TERMINATED
                        : daemon.exitCode) : OptionalInt.empty();
            }
        }

        @Override
        public void terminate() {
            synchronized (SimulatedDaemons.this) {
                end(daemon, TERMINATED);
            }
        }

        @Override
        public void kill() {
            synchronized (SimulatedDaemons.this) {
                end(daemon, KILLED);
            }
        }
    }

    private void end(Daemon daemon, int exitCode) {
        if (!table.facts(daemon.pid).state().gone()) {
            daemon.exitCode = exitCode;
            table.remove(daemon.pid);
        }
    }

    private Optional<Daemon> daemonListeningOn(int port) {
        return Optional.ofNullable(daemons.get(port)).filter(this::listening);
    }

    /** Listening: its process still runs (the same process: a recycled pid is another one) and it has bound. */
    private boolean listening(Daemon daemon) {
        ProcessFacts facts = table.facts(daemon.pid);
        return !facts.state().gone() && facts.startInstant().equals(Optional.of(daemon.startedAt))
                && !clock.now().isBefore(daemon.listensFrom);
    }

    /** A daemon writes its owner record once it listens (daemon.md §5.1 step 5). */
    private void settle() {
        for (Daemon daemon : daemons.values()) {
            if (daemon.writesOwnerRecord && !daemon.ownerRecordWritten && listening(daemon)) {
                daemon.ownerRecordWritten = true;
                try {
                    ownerRecords.write(root, daemon.ownerRecord());
                } catch (LockUnavailableException e) {
                    throw new IllegalStateException("sync-owner.lock is held elsewhere", e);
                }
            }
        }
    }

    private void removeOwnerRecordOf(Daemon daemon) {
        try {
            ownerRecords.removeIfNames(root, daemon.pid, daemon.port);
        } catch (LockUnavailableException e) {
            throw new IllegalStateException("sync-owner.lock is held elsewhere", e);
        }
    }

    private static List<String> argv(SpawnShape shape, int port, String scopeRoot, String executable) {
        if (shape == SpawnShape.PYTHON) {
            return List.of("/usr/bin/python3", "-c", "from specify_cli.sync.daemon import run_sync_daemon; "
                    + "run_sync_daemon(" + port + ")", SpawnShape.ROOT_MARKER_PREFIX + scopeRoot,
                    SpawnShape.EXEC_MARKER_PREFIX + "/usr/bin/python3");
        }
        return List.of(JAVA.toString(), "-jar", executable, "sync", "daemon", "run", "--port", String.valueOf(port),
                SpawnShape.ROOT_MARKER_PREFIX + scopeRoot, SpawnShape.EXEC_MARKER_PREFIX + executable);
    }
}
