package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.Verification;
import dev.speckitty.sync.core.daemon.VerifyDaemonProcess;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Step 3 of {@code auth doctor --reset} (cleanup.md §10.1): the stop of daemon.md §12.1 for a recorded daemon that
 * the report found not healthy, under {@code sync-daemon.lock}. The health check of §7.3 runs first (three probes
 * 0.25 s apart); a daemon that answers it after all is healthy and is left running (decided here: the reset clears
 * unhealthy metadata, it never stops a healthy daemon). Otherwise step 4 of §12.1: metadata without a pid, or
 * whose pid is gone or not ours, is cleared without a signal; a verified process is escalated (SIGTERM, then
 * SIGKILL, each after a fresh verification); an unverifiable one is never signalled.
 */
public final class ClearUnhealthyDaemon {

    /** daemon.md §7.3. */
    static final int HEALTH_PROBES = 3;
    static final Duration PROBE_GAP = Duration.ofMillis(250);
    static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    /** What the stop did: the §12.1 outcome name and message; {@code failed} for {@code stop_failed}. */
    public record StopReport(String status, String message, boolean failed) {
        public StopReport {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    private final StateFiles stateFiles;
    private final OwnerRecords ownerRecords;
    private final ProbeLoopback loopback;
    private final ProcessTable processTable;
    private final Signals signals;
    private final LockFiles locks;
    private final Clock clock;
    private final OperatorLog log;

    public ClearUnhealthyDaemon(StateFiles stateFiles, OwnerRecords ownerRecords, ProbeLoopback loopback,
                                ProcessTable processTable, Signals signals, LockFiles locks, Clock clock,
                                OperatorLog log) {
        this.stateFiles = Objects.requireNonNull(stateFiles, "stateFiles");
        this.ownerRecords = Objects.requireNonNull(ownerRecords, "ownerRecords");
        this.loopback = Objects.requireNonNull(loopback, "loopback");
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * @param scopeRoot the foreground's daemon scope root, for process verification (daemon.md §11.1)
     * @return empty when there was nothing to clear (no state file, or the daemon answered the health check)
     */
    public Optional<StopReport> clear(Path root, String scopeRoot) {
        LockFiles.Held held;
        try {
            held = locks.acquire(root, LockName.SYNC_DAEMON);
        } catch (LockUnavailableException e) {
            return Optional.of(failed("could not acquire daemon lock within " + LockName.SYNC_DAEMON.budgetSeconds()
                    + "s"));
        }
        try {
            return clearLocked(root, scopeRoot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(failed("interrupted"));
        } catch (UncheckedIOException e) {
            return Optional.of(failed(e.getCause().getMessage()));
        } finally {
            held.close();
        }
    }

    private Optional<StopReport> clearLocked(Path root, String scopeRoot) throws InterruptedException {
        StateFileReading reading = stateFiles.read(root);
        if (reading instanceof StateFileReading.Absent) {
            return Optional.empty();
        }
        if (reading instanceof StateFileReading.Invalid) {
            stateFiles.delete(root);
            return Optional.of(new StopReport("cleared_invalid",
                    "Sync daemon metadata was invalid and has been cleared.", false));
        }
        StateFileReading.Valid valid = (StateFileReading.Valid) reading;
        StateFile state = valid.state();
        if (healthy(state)) {
            return Optional.empty();
        }
        if (state.pid().isEmpty()) {
            stateFiles.delete(root);
            return Optional.of(clearedUnhealthy());
        }
        long pid = state.pid().getAsLong();
        int port = state.port().value();
        VerifyDaemonProcess verify = new VerifyDaemonProcess(processTable, scopeRoot);
        Optional<java.time.Instant> notAfter = Optional.of(valid.modifiedAt());
        Verification verification = verify.verify(pid, port, notAfter);
        if (verification == Verification.UNKNOWN) {
            return Optional.of(failed("cannot verify pid " + pid + "; not signalled"));
        }
        if (verification == Verification.GONE || verification == Verification.NOT_OURS) {
            clearMetadata(root, pid, port);
            return Optional.of(clearedUnhealthy());
        }
        Optional<String> escalation = escalate(verify, pid, state.port(), notAfter);
        if (escalation.isPresent()) {
            return Optional.of(failed(escalation.get()));
        }
        clearMetadata(root, pid, port);
        return Optional.of(new StopReport("killed_unhealthy",
                "Unhealthy sync daemon process stopped. Metadata has been cleared.", false));
    }

    /** daemon.md §11.3; empty on success, else the failure reason. */
    private Optional<String> escalate(VerifyDaemonProcess verify, long pid, SyncPort port,
                                      Optional<java.time.Instant> notAfter) throws InterruptedException {
        for (boolean kill : new boolean[] {false, true}) {
            Verification verification = verify.verify(pid, port.value(), notAfter);
            if (verification == Verification.GONE) {
                break;
            }
            if (verification != Verification.VERIFIED) {
                return Optional.of("pid " + pid + " changed before the signal; not signalled");
            }
            SignalOutcome outcome = kill ? signals.kill(pid) : signals.terminate(pid);
            if (outcome == SignalOutcome.DENIED) {
                return Optional.of("signal to pid " + pid + " was denied");
            }
            if (waitUntil(() -> processTable.facts(pid).state().gone())) {
                break;
            }
            if (kill) {
                return Optional.of("pid " + pid + " is still alive after SIGKILL");
            }
        }
        if (!waitUntil(() -> !loopback.accepts(port, SweepDaemons.CONNECT_TIMEOUT))) {
            return Optional.of("port " + port.value() + " is still listening after pid " + pid + " exited");
        }
        return Optional.empty();
    }

    private boolean healthy(StateFile state) throws InterruptedException {
        for (int probe = 1; probe <= HEALTH_PROBES; probe++) {
            if (state.healthyReport(loopback.health(state.port(), PROBE_TIMEOUT)).isPresent()) {
                return true;
            }
            if (probe < HEALTH_PROBES) {
                clock.sleep(PROBE_GAP);
            }
        }
        return false;
    }

    private void clearMetadata(Path root, long pid, int port) {
        stateFiles.delete(root);
        try {
            ownerRecords.removeIfNames(root, pid, port);
        } catch (LockUnavailableException e) {
            log.warn("could not remove the owner record of pid " + pid + ": " + e.getMessage());
        }
    }

    private static StopReport clearedUnhealthy() {
        return new StopReport("cleared_unhealthy", "Unhealthy sync daemon metadata has been cleared.", false);
    }

    private static StopReport failed(String reason) {
        return new StopReport("stop_failed", "Sync daemon could not be stopped: " + reason, true);
    }

    private boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = clock.monotonicNanos() + SweepDaemons.WAIT.toNanos();
        long maxPolls = SweepDaemons.WAIT.toNanos() / SweepDaemons.POLL.toNanos() + 1;
        for (long poll = 0; poll < maxPolls; poll++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - clock.monotonicNanos();
            if (left <= 0) {
                break;
            }
            clock.sleep(Duration.ofNanos(Math.min(left, SweepDaemons.POLL.toNanos())));
        }
        return condition.getAsBoolean();
    }
}
