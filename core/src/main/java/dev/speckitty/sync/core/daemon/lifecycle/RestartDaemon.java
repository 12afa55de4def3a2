package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.Verification;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code doctor restart-daemon} (daemon.md §12.2), under {@code sync-daemon.lock}: stop the recorded singleton,
 * clean the owner record (unreadable and orphan records are deleted; a live record of another daemon is stopped
 * with verification first), then ensure with intent {@code explicit}. Works with or without a state file and
 * always leaves either no owner record or the new daemon's.
 */
public final class RestartDaemon {
    private final DaemonContext context;
    private final StopDaemon stop;
    private final EnsureDaemon ensure;
    private final Escalation escalation;
    private final Probes probes;

    public RestartDaemon(DaemonContext context, StopDaemon stop, EnsureDaemon ensure) {
        this.context = Objects.requireNonNull(context, "context");
        this.stop = Objects.requireNonNull(stop, "stop");
        this.ensure = Objects.requireNonNull(ensure, "ensure");
        this.escalation = new Escalation(context);
        this.probes = new Probes(context);
    }

    /** @param respawn the ensure request (intent {@code explicit}) used for step 6 */
    public RestartOutcome restart(EnsureRequest respawn) {
        try {
            return context.underDaemonLock(() -> restartLocked(respawn));
        } catch (LockUnavailableException e) {
            return new RestartOutcome(RestartStatus.STOP_FAILED, null, null, StopDaemon.LOCK_TIMEOUT);
        }
    }

    private RestartOutcome restartLocked(EnsureRequest respawn) {
        StateFileReading state = context.stateFiles().read(context.root());
        OwnerRecordReading owner = context.ownerRecords().read(context.root());
        if (state instanceof StateFileReading.Absent && owner instanceof OwnerRecordReading.Absent) {
            return new RestartOutcome(RestartStatus.NO_OWNER, null, null, null);
        }
        Long previousPid = owner instanceof OwnerRecordReading.Found found ? Long.valueOf(found.record().pid())
                : state instanceof StateFileReading.Valid valid && valid.state().pid().isPresent()
                        ? Long.valueOf(valid.state().pid().getAsLong()) : null;

        boolean staleCleaned = false;
        Long stoppedPid = null;
        Integer stoppedPort = null;
        if (!(state instanceof StateFileReading.Absent)) {
            StopOutcome stopped = stop.stopRecorded();
            if (stopped.failed()) {
                return new RestartOutcome(RestartStatus.STOP_FAILED, previousPid, null, stopped.failureReason());
            }
            staleCleaned = stopped.status() == StopStatus.CLEARED_INVALID
                    || stopped.status() == StopStatus.CLEARED_UNHEALTHY
                    || stopped.status() == StopStatus.KILLED_UNHEALTHY;
            if (stopped.endedAProcess()) {
                stoppedPid = stopped.pid();
                stoppedPort = stopped.port();
            }
        }

        OwnerCleanup cleanup = cleanOwnerRecord(stoppedPid, stoppedPort);
        if (cleanup.failure().isPresent()) {
            return new RestartOutcome(RestartStatus.STOP_FAILED, previousPid, null, cleanup.failure().get());
        }
        staleCleaned |= cleanup.deleted();

        if (!respawn.environment().saasSyncEnabled()) {
            return new RestartOutcome(RestartStatus.STOPPED, previousPid, null, null);
        }
        EnsureOutcome started = ensure.ensure(new EnsureRequest(EnsureIntent.EXPLICIT, respawn.environment(),
                respawn.foreground(), respawn.policy()));
        if (!started.status().running()) {
            String error = started.error() != null ? started.error() : "ensure was " + started.status().wireName();
            return new RestartOutcome(RestartStatus.RESPAWN_FAILED, previousPid, null, "Respawn failed: " + error);
        }
        return new RestartOutcome(staleCleaned ? RestartStatus.STALE_OWNER_CLEANED : RestartStatus.RESTARTED,
                previousPid, started.pid(), null);
    }

    /** What step 4 did: whether it deleted a record, or why it failed. */
    private record OwnerCleanup(boolean deleted, Optional<String> failure) {
    }

    /**
     * Step 4: under {@code sync-owner.lock}, delete an unreadable or orphan record; a present record of a daemon
     * other than the one just stopped is stopped (verified, authenticated shutdown, escalation) after releasing the
     * lock, then compare-and-deleted.
     */
    private OwnerCleanup cleanOwnerRecord(Long stoppedPid, Integer stoppedPort) {
        AtomicReference<OwnerRecordStatus> seen = new AtomicReference<>(new OwnerRecordStatus.Absent());
        boolean deleted;
        try {
            deleted = context.ownerRecords().removeIf(context.root(), reading -> {
                OwnerRecordStatus status = context.ownerClassifier().classify(reading);
                seen.set(status);
                return status instanceof OwnerRecordStatus.Unreadable || status instanceof OwnerRecordStatus.Orphan;
            });
        } catch (LockUnavailableException e) {
            return new OwnerCleanup(false, Optional.of(e.getMessage()));
        } catch (UncheckedIOException e) {
            return new OwnerCleanup(false, Optional.of(e.getMessage()));
        }
        if (deleted || !(seen.get() instanceof OwnerRecordStatus.Present present)) {
            return new OwnerCleanup(deleted, Optional.empty());
        }
        OwnerRecord record = present.record();
        if (stoppedPid != null && stoppedPort != null && record.names(stoppedPid, stoppedPort)) {
            return new OwnerCleanup(false, Optional.empty());
        }
        Optional<String> failure = stopOwnerDaemon(record);
        if (failure.isPresent()) {
            return new OwnerCleanup(false, failure);
        }
        try {
            // cleaned either way: the compare-and-delete removes it, or its daemon already did on shutdown
            context.ownerRecords().removeIfNames(context.root(), record.pid(), record.port());
            return new OwnerCleanup(true, Optional.empty());
        } catch (LockUnavailableException | UncheckedIOException e) {
            return new OwnerCleanup(false, Optional.of(e.getMessage()));
        }
    }

    /** Stops the daemon a live owner record names, only when it verifies; GONE and NOT_OURS are left alone. */
    private Optional<String> stopOwnerDaemon(OwnerRecord record) {
        long pid = record.pid();
        int port = record.port();
        Verification verification = context.verifier().verify(pid, port, record.startedAtInstant());
        if (verification == Verification.UNKNOWN) {
            return Optional.of("cannot verify pid " + pid + "; not signalled");
        }
        if (verification != Verification.VERIFIED) {
            return Optional.empty();
        }
        // The record's token authenticates the shutdown; only sync-range ports are ever connected to.
        boolean ended = false;
        if (SyncPort.contains(port)) {
            ControlDaemon.Outcome reply = context.control().shutdown(new SyncPort(port), record.token(),
                    DaemonTimeouts.CONTROL_REQUEST);
            ended = reply.reply() == ControlDaemon.Reply.ACCEPTED && Waits.until(context.clock(),
                    DaemonTimeouts.SHUTDOWN_WAIT, DaemonTimeouts.POLL, () -> probes.gone(pid) && probes.portClosed(port));
        }
        return ended ? Optional.empty() : escalation.stop(pid, port, record.startedAtInstant());
    }
}
