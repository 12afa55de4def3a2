package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The sweep of cleanup.md §8 for records the caller discovered: the hard guard first (§8.1), the dispositions
 * (§8.4), and for each record to sweep the escalation of §8.3 — an authenticated HTTP shutdown only with the
 * owner.json token naming this pid and port, then SIGTERM and SIGKILL, each right after re-verifying that the
 * process still has the start instant and argv of the discovery snapshot (§8.2). The caller holds
 * {@code sync-daemon.lock}. Every record passed lands in exactly one list of the result.
 */
public final class SweepDaemons {

    /** cleanup.md §8.3, daemon.md §15: {@code POST /api/shutdown} timeout. */
    public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(1);
    /** cleanup.md §8.3: each wait (after shutdown, TERM, KILL; for the port to close). */
    public static final Duration WAIT = Duration.ofSeconds(1);
    /** cleanup.md §8.3: polling interval of every wait. */
    public static final Duration POLL = Duration.ofMillis(50);
    /** The connect check of the port-closed criterion (daemon.md §15). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(50);

    private final ProcessTable processTable;
    private final Signals signals;
    private final ProbeLoopback loopback;
    private final ControlDaemon control;
    private final OwnerRecords ownerRecords;
    private final Clock clock;
    private final OperatorLog log;

    public SweepDaemons(ProcessTable processTable, Signals signals, ProbeLoopback loopback, ControlDaemon control,
                        OwnerRecords ownerRecords, Clock clock, OperatorLog log) {
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.loopback = Objects.requireNonNull(loopback, "loopback");
        this.control = Objects.requireNonNull(control, "control");
        this.ownerRecords = Objects.requireNonNull(ownerRecords, "ownerRecords");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Sweeps {@code records} in order: refused ones become {@code failed refused_by_guard} (logged as a bug),
     * operator_required ones without {@code force} are skipped, the rest are escalated.
     *
     * @param foregroundPackageVersion for the {@code stale-version} reason of swept entries
     */
    public SweepResult sweep(Path root, List<IdentityRecord> records, boolean force, String foregroundPackageVersion) {
        List<SweptEntry> swept = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        List<FailedEntry> failed = new ArrayList<>();
        for (IdentityRecord record : records) {
            Disposition disposition = Disposition.of(record, force);
            if (disposition instanceof Disposition.Refuse refuse) {
                log.error(refuse.bugLogMessage());
                failed.add(refuse.entry());
            } else if (disposition instanceof Disposition.Skip skip) {
                skipped.add(skip.entry());
            } else {
                Outcome outcome = escalateSafely(root, record);
                if (outcome.path().isPresent()) {
                    swept.add(SweptEntry.of(record, outcome.path().get(), foregroundPackageVersion));
                } else {
                    failed.add(FailedEntry.of(record, outcome.failure().orElseThrow()));
                }
            }
        }
        return new SweepResult(swept, skipped, failed);
    }

    /**
     * §8.4 when {@code sync-daemon.lock} cannot be had: nothing is signalled; every record that would be swept
     * becomes {@code failed lock_unavailable}; refusals and skips are reported as a sweep would.
     */
    public SweepResult lockUnavailable(List<IdentityRecord> records, boolean force) {
        List<SkippedEntry> skipped = new ArrayList<>();
        List<FailedEntry> failed = new ArrayList<>();
        for (IdentityRecord record : records) {
            Disposition disposition = Disposition.of(record, force);
            if (disposition instanceof Disposition.Refuse refuse) {
                log.error(refuse.bugLogMessage());
                failed.add(refuse.entry());
            } else if (disposition instanceof Disposition.Skip skip) {
                skipped.add(skip.entry());
            } else {
                failed.add(FailedEntry.of(record, FailureReason.LOCK_UNAVAILABLE));
            }
        }
        return new SweepResult(List.of(), skipped, failed);
    }

    private Outcome escalateSafely(Path root, IdentityRecord record) {
        try {
            return escalate(root, record);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.failed(FailureReason.UNKNOWN_FAILURE);
        } catch (RuntimeException unexpected) {
            log.debug("sweep of port " + record.port() + " failed: " + unexpected.getClass().getSimpleName());
            return Outcome.failed(FailureReason.UNKNOWN_FAILURE);
        }
    }

    /** §8.3 for one record that passed the guard (so its port is in range and its pid known). */
    private Outcome escalate(Path root, IdentityRecord record) throws InterruptedException {
        long pid = Objects.requireNonNull(record.pid(), "a record past the guard has a pid");
        SyncPort port = new SyncPort(record.port());

        boolean shutdownAccepted = false;
        Optional<ControlToken> token = ownerToken(root, pid, port.value());
        if (token.isPresent()) {                                                                   // step 1
            ControlDaemon.Outcome reply = control.shutdown(port, token.get(), SHUTDOWN_TIMEOUT);
            shutdownAccepted = reply.reply() == ControlDaemon.Reply.ACCEPTED;
            if (shutdownAccepted && waitUntil(() -> gone(pid) && portClosed(port))) {
                return succeeded(root, pid, port, CleanupPath.HTTP_SHUTDOWN);
            }
        }
        CleanupPath endedBefore = shutdownAccepted ? CleanupPath.HTTP_SHUTDOWN : CleanupPath.ALREADY_GONE;

        Recheck recheck = recheck(record);                                                         // step 2
        if (recheck == Recheck.GONE) {
            return portClosedAfter(root, pid, port, endedBefore);
        }
        if (recheck == Recheck.CHANGED) {
            return Outcome.failed(FailureReason.IDENTITY_CHANGED_BEFORE_SIGNAL);
        }
        SignalOutcome terminate = signals.terminate(pid);
        if (terminate == SignalOutcome.DENIED) {
            return Outcome.failed(FailureReason.ACCESS_DENIED_ON_TERMINATE);
        }
        if (terminate == SignalOutcome.NO_SUCH_PROCESS) {
            return portClosedAfter(root, pid, port, endedBefore);
        }
        if (waitUntil(() -> gone(pid))) {
            return portClosedAfter(root, pid, port, CleanupPath.TERMINATE);
        }

        recheck = recheck(record);                                                                 // step 3
        if (recheck == Recheck.GONE) {
            return portClosedAfter(root, pid, port, CleanupPath.TERMINATE);
        }
        if (recheck == Recheck.CHANGED) {
            return Outcome.failed(FailureReason.IDENTITY_CHANGED_BEFORE_SIGNAL);
        }
        SignalOutcome kill = signals.kill(pid);
        if (kill == SignalOutcome.DENIED) {
            return Outcome.failed(FailureReason.ACCESS_DENIED_ON_KILL);
        }
        if (kill == SignalOutcome.NO_SUCH_PROCESS) {
            return portClosedAfter(root, pid, port, CleanupPath.TERMINATE);
        }
        if (waitUntil(() -> gone(pid))) {
            return portClosedAfter(root, pid, port, CleanupPath.KILL);
        }
        return Outcome.failed(FailureReason.STILL_ALIVE_AFTER_KILL);
    }

    /** Step 4: the process is gone; success iff the port closes within the wait. */
    private Outcome portClosedAfter(Path root, long pid, SyncPort port, CleanupPath path) throws InterruptedException {
        if (!waitUntil(() -> portClosed(port))) {
            return Outcome.failed(FailureReason.PROCESS_GONE_BUT_PORT_STILL_LISTENING);
        }
        return succeeded(root, pid, port, path);
    }

    /** Step 5: compare-and-delete of owner.json; failing to delete never turns the sweep into a failure. */
    private Outcome succeeded(Path root, long pid, SyncPort port, CleanupPath path) {
        try {
            ownerRecords.removeIfNames(root, pid, port.value());
        } catch (LockUnavailableException | UncheckedIOException e) {
            log.warn("could not remove the owner record of swept daemon pid=" + pid + " port=" + port.value()
                    + ": " + e.getMessage());
        }
        return new Outcome(Optional.of(path), Optional.empty());
    }

    /** The token of owner.json iff it is readable and names exactly this pid and port (never kill authority). */
    private Optional<ControlToken> ownerToken(Path root, long pid, int port) {
        if (ownerRecords.read(root) instanceof OwnerRecordReading.Found found && found.record().names(pid, port)) {
            return Optional.of(found.record().token());
        }
        return Optional.empty();
    }

    /**
     * §8.2: the process must be alive with the snapshot's start instant and argv. Facts that cannot be read (or a
     * snapshot without a start instant) count as changed: no signal without a positive identification.
     */
    private Recheck recheck(IdentityRecord record) {
        ProcessFacts facts = processTable.facts(record.pid());
        if (facts.state().gone()) {
            return Recheck.GONE;
        }
        boolean same = record.startInstant() != null
                && facts.startInstant().map(record.startInstant()::equals).orElse(false)
                && facts.argv().map(record.argvSnapshot()::equals).orElse(false);
        return same ? Recheck.SAME : Recheck.CHANGED;
    }

    private boolean gone(long pid) {
        return processTable.facts(pid).state().gone();
    }

    private boolean portClosed(SyncPort port) {
        return !loopback.accepts(port, CONNECT_TIMEOUT);
    }

    /**
     * Polls {@code condition} every {@link #POLL} until it holds or {@link #WAIT} has passed on the monotonic clock;
     * bounded in count as well, so a clock that does not move cannot make it spin.
     */
    private boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = clock.monotonicNanos() + WAIT.toNanos();
        long maxPolls = WAIT.toNanos() / POLL.toNanos() + 1;
        for (long poll = 0; poll < maxPolls; poll++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - clock.monotonicNanos();
            if (left <= 0) {
                break;
            }
            clock.sleep(Duration.ofNanos(Math.min(left, POLL.toNanos())));
        }
        return condition.getAsBoolean();
    }

    private enum Recheck { GONE, SAME, CHANGED }

    /** How one escalation ended: a cleanup path on success, else a failure reason. */
    private record Outcome(Optional<CleanupPath> path, Optional<FailureReason> failure) {
        static Outcome failed(FailureReason reason) {
            return new Outcome(Optional.empty(), Optional.of(reason));
        }
    }
}
