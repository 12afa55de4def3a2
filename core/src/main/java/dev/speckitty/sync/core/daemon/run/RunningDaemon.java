package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.control.ControlPlane;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.DaemonActions;
import dev.speckitty.sync.core.daemon.control.DaemonHealth;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.time.IsoTimestamps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A daemon that has bound its port and written its owner record: it serves the control plane, runs the sync
 * scheduler and the self-retirement tick (daemon.md §13, §14), and stops gracefully exactly once (§5.3).
 */
public final class RunningDaemon implements DaemonActions {

    /** How long the graceful stop waits for a sync pass in flight (daemon.md §5.3). */
    public static final Duration PASS_WAIT_ON_STOP = Duration.ofSeconds(5);

    private final DaemonPorts ports;
    private final Path root;
    private final String scopeRoot;
    private final OwnerRecord record;
    private final ControlPlaneSocket socket;
    private final RetirementSettings retirement;
    private final SyncScheduler scheduler;
    private final SyncDaemon.ThreadStarter threads;
    private final Clock clock;
    private final OperatorLog log;
    /** Monotonic time of the start or of the last request that passed the token check (§14.2). */
    private final AtomicLong lastActivityNanos;
    private final CountDownLatch stoppedLatch = new CountDownLatch(1);
    private final Object stopLock = new Object();
    private volatile boolean stopping;

    RunningDaemon(DaemonPorts ports, Path root, String scopeRoot, OwnerRecord record, ControlPlaneSocket socket,
                  RetirementSettings retirement, SyncPass pass, SyncDaemon.ThreadStarter threads) {
        this.ports = ports;
        this.root = root;
        this.scopeRoot = scopeRoot;
        this.record = record;
        this.socket = socket;
        this.retirement = retirement;
        this.clock = ports.clock();
        this.log = ports.log();
        this.scheduler = new SyncScheduler(pass::run, clock);
        this.threads = threads;
        this.lastActivityNanos = new AtomicLong(clock.monotonicNanos());
    }

    /** §5.1 step 6: serve, then the scheduler and the tick; no pass runs now (clarifications #15). */
    void start() {
        socket.serve(new ControlPlane(record.port(), record.token(), this, log));
        threads.start("sync-scheduler", this::runScheduler);
        threads.start("sync-retirement-tick", this::runTicks);
    }

    public OwnerRecord ownerRecord() {
        return record;
    }

    public SyncScheduler scheduler() {
        return scheduler;
    }

    /** Blocks until the graceful stop has finished; returns the exit code (0). */
    public int awaitStopped() throws InterruptedException {
        stoppedLatch.await();
        return DaemonExitCodes.STOPPED;
    }

    public boolean stopped() {
        return stoppedLatch.getCount() == 0;
    }

    /**
     * The graceful stop of daemon.md §5.3, at most once; concurrent callers return when it has finished: stop
     * accepting requests and close the socket (the JDK server does both in one step), wait up to 5 s for a pass in
     * flight, remove owner.json iff it still names this pid and port.
     */
    public void stop(String why) {
        synchronized (stopLock) {
            if (stopped()) {
                return;
            }
            stopping = true;
            log.info("sync daemon stopping (" + why + ")");
            socket.close();
            scheduler.stop();
            try {
                if (!scheduler.awaitNoPassInFlight(PASS_WAIT_ON_STOP)) {
                    log.warn("a sync pass was still running after " + PASS_WAIT_ON_STOP.toSeconds() + "s; stopping anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stop waiting; the rest of the stop still runs
            }
            removeOwnerRecord();
            log.info("sync daemon stopped (pid " + record.pid() + ", port " + record.port() + ")");
            stoppedLatch.countDown();
        }
    }

    /**
     * One self-retirement tick (daemon.md §14.2): gather the facts, decide, and on a retiring verdict log it and
     * stop.
     */
    public RetirementVerdict tick() {
        boolean inFlight = scheduler.inFlight();
        boolean superseded = !inFlight && Retirement.superseded(ports.stateFiles().read(root), record.pid(),
                record.port(), pid -> !ports.processes().facts(pid).state().gone());
        Duration sinceActivity = Duration.ofNanos(clock.monotonicNanos() - lastActivityNanos.get());
        RetirementVerdict verdict = Retirement.decide(
                new RetirementFacts(inFlight, superseded, sinceActivity, scheduler.untilNextPeriodicPass()),
                retirement.idle());
        if (verdict.retires()) {
            log.info("self-retiring (reason=" + verdict.reason() + ", port=" + record.port() + ")");
            stop("self-retirement");
        }
        return verdict;
    }

    @Override
    public DaemonHealth health() {
        SyncStatus status = scheduler.status();
        return new DaemonHealth(scopeRoot, record.packageVersion(), status.running(),
                status.lastSync().map(IsoTimestamps::microseconds), status.consecutiveFailures(), record);
    }

    @Override
    public void recordActivity() {
        lastActivityNanos.set(clock.monotonicNanos());
    }

    @Override
    public void triggerSync() {
        scheduler.trigger();
    }

    /** Runs on the server's thread after the response was flushed, so the stop gets a thread of its own. */
    @Override
    public void shutdown() {
        threads.start("sync-daemon-stop", () -> stop("shutdown request"));
    }

    private void runScheduler() {
        try {
            scheduler.runUntilStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first tick fires one interval after start; an exception in a tick is logged and the next tick runs. */
    private void runTicks() {
        Duration interval = retirement.tickInterval();
        while (!stopping) {
            try {
                clock.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (stopping) {
                return;
            }
            try {
                if (tick().retires()) {
                    return;
                }
            } catch (RuntimeException e) { // §14.3: exceptions inside a tick never stop later ticks
                log.error("self-retirement tick failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private void removeOwnerRecord() {
        try {
            ports.ownerRecords().removeIfNames(root, record.pid(), record.port());
        } catch (LockUnavailableException | RuntimeException e) {
            log.warn("could not remove the owner record: " + e.getMessage());
        }
    }
}
