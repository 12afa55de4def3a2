package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.cleanup.PortRange;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.DaemonLaunchException;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.IdentityFields;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.LaunchedDaemon;
import dev.speckitty.sync.core.daemon.MismatchPolicy;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Ensure (daemon.md §3): start, reuse or replace the recorded singleton. Gates first (no lock, no file access);
 * then, under {@code sync-daemon.lock} for the whole procedure including the health wait: the startup reaper,
 * the examination of the recorded singleton, port allocation, token, spawn, health wait with port retries, and
 * the state file. At most one daemon is spawned per call that ends healthy, and none runs unrecorded.
 */
public final class EnsureDaemon {
    static final String NO_IDENTITY_WARNING = "no authenticated identity; the daemon will not deliver";
    private static final int MAX_HEALTH_PROBES = 10_000;

    private final DaemonContext context;
    private final StopDaemon stop;
    private final ReapStaleDaemons reaper;
    private final LaunchDaemon launcher;
    private final TryBindLoopback binder;
    private final CanonicalPaths paths;
    private final Probes probes;
    private final SecureRandom random = new SecureRandom();

    public EnsureDaemon(DaemonContext context, StopDaemon stop, ReapStaleDaemons reaper, LaunchDaemon launcher,
                        TryBindLoopback binder, CanonicalPaths paths) {
        this.context = Objects.requireNonNull(context, "context");
        this.stop = Objects.requireNonNull(stop, "stop");
        this.reaper = Objects.requireNonNull(reaper, "reaper");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.binder = Objects.requireNonNull(binder, "binder");
        this.paths = Objects.requireNonNull(paths, "paths");
        this.probes = new Probes(context);
    }

    public EnsureOutcome ensure(EnsureRequest request) {
        Environment environment = request.environment();
        boolean auto = request.intent() == EnsureIntent.AUTO;
        if (auto && environment.isTruthy(Environment.SYNC_DISABLE)) {
            return EnsureOutcome.skipped(EnsureOutcome.SYNC_DISABLED);
        }
        if (!environment.saasSyncEnabled()) {
            return EnsureOutcome.skipped(EnsureOutcome.ROLLOUT_DISABLED);
        }
        if (auto && request.policy() == BackgroundDaemonPolicy.MANUAL) {
            return EnsureOutcome.skipped(EnsureOutcome.POLICY_MANUAL);
        }
        if (request.foreground().authScope() == null) {
            context.warnOnce(NO_IDENTITY_WARNING);
        }
        PortRange.Selection range = PortRange.fromEnvironment(environment);
        range.warning().ifPresent(context::warnOnce);
        try {
            return context.underDaemonLock(() -> ensureLocked(request, range.range()));
        } catch (LockUnavailableException e) {
            return EnsureOutcome.failed(StopDaemon.LOCK_TIMEOUT, SweepResult.EMPTY);
        }
    }

    /**
     * The recorded singleton when it is healthy (§7.3) and reusable for this foreground, read without the lock and
     * without reaping: what {@code sync now} may still use when auto-start is skipped (cli.md §7 step 4).
     */
    public Optional<EnsureOutcome> reusableRecordedDaemon(ForegroundIdentity foreground) {
        if (!(context.stateFiles().read(context.root()) instanceof StateFileReading.Valid valid)) {
            return Optional.empty();
        }
        return probes.check(valid.state()).filter(health -> reusable(health, foreground))
                .map(health -> reused(valid.state(), health, SweepResult.EMPTY));
    }

    private EnsureOutcome ensureLocked(EnsureRequest request, PortRange range) {
        SweepResult reap = reap();
        StateFileReading reading = context.stateFiles().read(context.root());
        Long previousPid = null;
        if (reading instanceof StateFileReading.Invalid) {
            try {
                context.stateFiles().delete(context.root());
            } catch (UncheckedIOException e) {
                return EnsureOutcome.failed(e.getMessage(), reap);
            }
        } else if (reading instanceof StateFileReading.Valid valid) {
            boolean reference = stop.warnIfReferenceDaemon(valid.state());
            Optional<HealthReport> health = probes.check(valid.state());
            if (health.isPresent()) {
                if (reusable(health.get(), request.foreground())) {
                    return reused(valid.state(), health.get(), reap);
                }
                if (reference) { // clarifications #33, #35: never replaced by ensure
                    return new EnsureOutcome(EnsureStatus.REFUSED, null, null, null, null, null,
                            "a reference sync daemon is the recorded singleton on port " + valid.state().port()
                                    + "; not replacing it", reap);
                }
                StopOutcome stopped = stop.stopHealthy(valid, health.get());
                if (stopped.failed()) {
                    return EnsureOutcome.failed(replaceFailure(stopped, valid.state()), reap);
                }
                previousPid = stopped.pid();
            } else {
                StopOutcome cleared = stop.stopUnhealthy(valid);
                if (cleared.failed()) {
                    return EnsureOutcome.failed(replaceFailure(cleared, valid.state()), reap);
                }
            }
        }
        return spawn(request, range, previousPid, reap);
    }

    /**
     * Reusable (decided in daemon.md §3.2 step 2.3): the health {@code owner} block exists, its six identity fields
     * equal the foreground's under the mismatch policy, and {@code singleton_scope_id} is this root.
     */
    private boolean reusable(HealthReport health, ForegroundIdentity foreground) {
        HealthOwner owner = health.owner();
        return owner != null
                && context.daemonScopeRoot().equals(health.singletonScopeId())
                && MismatchPolicy.compare(IdentityFields.of(foreground, paths), IdentityFields.of(owner, paths)).isEmpty();
    }

    private static EnsureOutcome reused(StateFile state, HealthReport health, SweepResult reap) {
        Long pid = state.pid().isPresent() ? Long.valueOf(state.pid().getAsLong())
                : health.owner() == null ? null : health.owner().pid();
        return new EnsureOutcome(EnsureStatus.REUSED, pid, state.port().value(), state.baseUrl(), null, null, null,
                reap);
    }

    private static String replaceFailure(StopOutcome outcome, StateFile state) {
        String pid = outcome.pid() != null ? String.valueOf(outcome.pid())
                : state.pid().isPresent() ? String.valueOf(state.pid().getAsLong()) : "unknown";
        return switch (outcome.failure()) {
            case UNVERIFIABLE -> "cannot verify recorded daemon pid " + pid;
            case FILE_ERROR -> outcome.failureReason();
            case LOCK_UNAVAILABLE, PID_UNDETERMINED, NOT_STOPPED -> "could not stop recorded daemon pid " + pid;
        };
    }

    /** Step 1: the reaper's failures are logged and never abort ensure. */
    private SweepResult reap() {
        try {
            return reaper.reap(context.root());
        } catch (RuntimeException e) {
            context.log().warn("startup reaper failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return SweepResult.EMPTY;
        }
    }

    /** Steps 3–7, with up to {@link DaemonTimeouts#PORT_RETRY_LIMIT} respawns after an exit with code 3. */
    private EnsureOutcome spawn(EnsureRequest request, PortRange range, Long previousPid, SweepResult reap) {
        int after = range.first() - 1;
        for (int retries = 0; ; retries++) {
            Optional<SyncPort> port = choosePort(range, after);
            if (port.isEmpty()) {
                return EnsureOutcome.failed("Could not find free sync daemon port in range " + range.first() + "-"
                        + range.last(), reap);
            }
            ControlToken token = ControlToken.generate(random);
            ForegroundIdentity foreground = request.foreground();
            LaunchedDaemon child;
            try {
                child = launcher.launch(new DaemonLaunch(context.root(), context.daemonScopeRoot(), port.get(), token,
                        foreground.executablePath(), foreground.packageVersion(), request.environment()));
            } catch (DaemonLaunchException e) {
                return EnsureOutcome.failed("could not start the sync daemon: " + e.getMessage(), reap);
            }
            context.log().debug("spawned sync daemon pid " + child.pid() + " on port " + port.get());
            Startup startup = awaitHealth(child, port.get());
            if (startup.healthy()) {
                return record(child, port.get(), token, previousPid, reap);
            }
            if (startup.exitCode().isEmpty()) {
                endChild(child);
                return EnsureOutcome.failed("Sync daemon failed health check on port " + port.get(), reap);
            }
            int exitCode = startup.exitCode().getAsInt();
            if (exitCode != 3 || retries >= DaemonTimeouts.PORT_RETRY_LIMIT) {
                return EnsureOutcome.failed("Sync daemon exited during startup (exit code " + exitCode + "); see "
                        + DaemonLaunch.logFile(context.root()), reap);
            }
            context.log().debug("sync daemon could not bind port " + port.get() + "; trying the next free port");
            after = port.get().value();
        }
    }

    /**
     * Step 3: the first port above {@code after} (ascending) where a 0.05 s connect does not succeed and a trial
     * bind does.
     */
    private Optional<SyncPort> choosePort(PortRange range, int after) {
        for (int value : range.ports()) {
            if (value <= after) {
                continue;
            }
            SyncPort port = new SyncPort(value);
            if (!context.probe().accepts(port, DaemonTimeouts.CONNECT_CHECK) && binder.canBind(port)) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    /** How the startup wait ended: healthy, the child's exit code, or neither within 21 s. */
    private record Startup(boolean healthy, OptionalInt exitCode) {
    }

    /**
     * Step 6: probes expecting {@code owner.pid} = the child's pid and {@code owner.port} = the port, at once and
     * then never more than 0.5 s apart, until one succeeds, the child exits, or 21 s have passed since the spawn.
     */
    private Startup awaitHealth(LaunchedDaemon child, SyncPort port) {
        long start = context.clock().monotonicNanos();
        for (int probe = 0; probe < MAX_HEALTH_PROBES; probe++) {
            long probeStart = context.clock().monotonicNanos();
            boolean healthy = probes.probe(port, OptionalLong.of(child.pid()), DaemonTimeouts.HEALTH_PROBE)
                    .map(HealthReport::owner).filter(owner -> owner.names(child.pid(), port.value())).isPresent();
            if (healthy) {
                return new Startup(true, OptionalInt.empty());
            }
            OptionalInt exit = child.exitCode();
            if (exit.isPresent()) {
                return new Startup(false, exit);
            }
            long now = context.clock().monotonicNanos();
            if (now - start >= DaemonTimeouts.HEALTH_WAIT.toNanos()) {
                break;
            }
            Duration spent = Duration.ofNanos(now - probeStart);
            if (!Waits.sleep(context.clock(), DaemonTimeouts.HEALTH_WAIT_PROBE_SPACING.minus(spent))) {
                break;
            }
        }
        return new Startup(false, OptionalInt.empty());
    }

    /** Step 7: the state file, or no daemon at all (none runs unrecorded). */
    private EnsureOutcome record(LaunchedDaemon child, SyncPort port, ControlToken token, Long previousPid,
                                 SweepResult reap) {
        try {
            context.stateFiles().write(context.root(), StateFile.of(port, token, child.pid()));
        } catch (UncheckedIOException e) {
            endChild(child);
            return EnsureOutcome.failed("could not record the sync daemon in "
                    + StateFiles.stateFilePath(context.root()) + ": " + e.getMessage(), reap);
        }
        EnsureStatus status = previousPid == null ? EnsureStatus.STARTED : EnsureStatus.REPLACED;
        return new EnsureOutcome(status, child.pid(), port.value(), StateFile.loopbackUrl(port), previousPid, null, null,
                reap);
    }

    /** Ends a child through its own handle: graceful, then forcible after 1 s. */
    private void endChild(LaunchedDaemon child) {
        child.terminate();
        if (!Waits.until(context.clock(), DaemonTimeouts.CHILD_TERMINATE_GRACE, DaemonTimeouts.POLL,
                () -> child.exitCode().isPresent())) {
            child.kill();
            Waits.until(context.clock(), DaemonTimeouts.CHILD_TERMINATE_GRACE, DaemonTimeouts.POLL,
                    () -> child.exitCode().isPresent());
        }
    }
}
