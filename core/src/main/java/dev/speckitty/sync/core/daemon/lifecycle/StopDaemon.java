package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.Verification;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stop (daemon.md §12.1) of the recorded singleton, under {@code sync-daemon.lock}: a healthy daemon gets an
 * authenticated {@code /api/shutdown} and, if it does not end, verified signal escalation (§11.3); an unhealthy one
 * is signalled only when verified (§11.1), otherwise only its metadata is cleared. Ensure and restart run its
 * procedures while already holding the lock.
 */
public final class StopDaemon {
    static final String LOCK_TIMEOUT = "could not acquire daemon lock within "
            + LockName.SYNC_DAEMON.budgetSeconds() + "s";

    private final DaemonContext context;
    private final Probes probes;
    private final Escalation escalation;

    public StopDaemon(DaemonContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.probes = new Probes(context);
        this.escalation = new Escalation(context);
    }

    /** {@code sync daemon stop}: takes {@code sync-daemon.lock} (reentrant) for the whole procedure. */
    public StopOutcome stop() {
        try {
            return context.underDaemonLock(this::stopRecorded);
        } catch (LockUnavailableException e) {
            return StopOutcome.failed(null, null, LOCK_TIMEOUT, StopFailure.LOCK_UNAVAILABLE);
        }
    }

    /** Steps 1–4 of §12.1; the caller holds {@code sync-daemon.lock}. */
    StopOutcome stopRecorded() {
        StateFileReading reading = context.stateFiles().read(context.root());
        if (reading instanceof StateFileReading.Absent) {
            return StopOutcome.of(StopStatus.NOT_RUNNING, null, null);
        }
        if (reading instanceof StateFileReading.Invalid invalid) {
            context.log().debug("state file invalid: " + invalid.reason());
            return deleteStateFile(null, null).orElseGet(() -> StopOutcome.of(StopStatus.CLEARED_INVALID, null, null));
        }
        StateFileReading.Valid valid = (StateFileReading.Valid) reading;
        warnIfReferenceDaemon(valid.state());
        Optional<HealthReport> health = probes.check(valid.state());
        return health.isPresent() ? stopHealthy(valid, health.get()) : stopUnhealthy(valid);
    }

    /**
     * Step 3: the healthy stop. A state file without a pid (reference files) stops the listener of the recorded port
     * only when that pid is the health {@code owner.pid}, or, without an owner block, verifies for the port.
     */
    StopOutcome stopHealthy(StateFileReading.Valid valid, HealthReport health) {
        StateFile state = valid.state();
        SyncPort port = state.port();
        OptionalLong knownPid = state.pid().isPresent() ? state.pid() : listenerPidOfRecordedPort(valid, health);
        if (knownPid.isEmpty()) {
            return StopOutcome.failed(null, port.value(),
                    "cannot determine the pid of the daemon on port " + port.value(), StopFailure.PID_UNDETERMINED);
        }
        long pid = knownPid.getAsLong();
        boolean ended = false;
        if (state.token().isPresent()) {
            ControlDaemon.Outcome reply = context.control().shutdown(port, state.token().get(),
                    DaemonTimeouts.CONTROL_REQUEST);
            context.log().debug("shutdown request to port " + port.value() + ": " + reply.reply() + " " + reply.reason());
            // A rejected request stops nothing; waiting 5 s for it would only delay the verified escalation.
            ended = reply.reply() == ControlDaemon.Reply.ACCEPTED && Waits.until(context.clock(),
                    DaemonTimeouts.SHUTDOWN_WAIT, DaemonTimeouts.POLL, () -> probes.probe(port, OptionalLong.of(pid),
                            DaemonTimeouts.SHUTDOWN_POLL_PROBE).isEmpty() && probes.gone(pid));
        }
        if (!ended) {
            Optional<String> failure = escalation.stop(pid, port.value(), Optional.of(valid.modifiedAt()));
            if (failure.isPresent()) {
                return StopOutcome.failed(pid, port.value(), failure.get(), StopFailure.NOT_STOPPED);
            }
        }
        Optional<StopOutcome> stateFileError = deleteStateFile(pid, port.value());
        if (stateFileError.isPresent()) {
            return stateFileError.get();
        }
        awaitOwnerRecordRemoval(pid, port.value());
        removeOwnerRecordNaming(pid, port.value());
        return StopOutcome.of(StopStatus.STOPPED, pid, port.value());
    }

    /** Step 4: the recorded daemon failed the health check; only a verified process is signalled. */
    StopOutcome stopUnhealthy(StateFileReading.Valid valid) {
        StateFile state = valid.state();
        int port = state.port().value();
        if (state.pid().isEmpty()) {
            return deleteStateFile(null, port).orElseGet(() -> StopOutcome.of(StopStatus.CLEARED_UNHEALTHY, null, port));
        }
        long pid = state.pid().getAsLong();
        Verification verification = context.verifier().verify(pid, port, Optional.of(valid.modifiedAt()));
        if (verification == Verification.UNKNOWN) {
            return StopOutcome.failed(pid, port, "cannot verify pid " + pid + "; not signalled", StopFailure.UNVERIFIABLE);
        }
        StopStatus status = StopStatus.CLEARED_UNHEALTHY;
        if (verification == Verification.VERIFIED) {
            Optional<String> failure = escalation.stop(pid, port, Optional.of(valid.modifiedAt()));
            if (failure.isPresent()) {
                return StopOutcome.failed(pid, port, failure.get(), StopFailure.NOT_STOPPED);
            }
            status = StopStatus.KILLED_UNHEALTHY;
        }
        Optional<StopOutcome> stateFileError = deleteStateFile(pid, port);
        if (stateFileError.isPresent()) {
            return stateFileError.get();
        }
        removeOwnerRecordNaming(pid, port);
        return StopOutcome.of(status, pid, port);
    }

    /**
     * Whether the recorded singleton's argv (its state-file pid, else the listener of its port) has the Python spawn
     * shape; if so, prints the warning of daemon.md §3.5 once.
     */
    boolean warnIfReferenceDaemon(StateFile state) {
        OptionalLong pid = state.pid().isPresent() ? state.pid()
                : context.listenerPids().listenerPid(state.port().value());
        if (pid.isEmpty()) {
            return false;
        }
        List<String> argv = context.processTable().facts(pid.getAsLong()).argv().orElse(List.of());
        boolean reference = SpawnShape.of(argv).filter(shape -> shape == SpawnShape.PYTHON).isPresent();
        if (reference) {
            context.warnOnce("the recorded sync daemon (pid " + pid.getAsLong() + ", port " + state.port().value()
                    + ") was started by the spec-kitty reference CLI, which may be using this root concurrently");
        }
        return reference;
    }

    private OptionalLong listenerPidOfRecordedPort(StateFileReading.Valid valid, HealthReport health) {
        int port = valid.state().port().value();
        OptionalLong listener = context.listenerPids().listenerPid(port);
        if (listener.isEmpty()) {
            return OptionalLong.empty();
        }
        HealthOwner owner = health.owner();
        boolean confirmed = owner != null
                ? owner.pid() != null && owner.pid() == listener.getAsLong()
                : context.verifier().verify(listener.getAsLong(), port, Optional.of(valid.modifiedAt()))
                        == Verification.VERIFIED;
        return confirmed ? listener : OptionalLong.empty();
    }

    /** Deletes the state file; a failure is a root I/O error (cli.md §1.14) that keeps the file. */
    private Optional<StopOutcome> deleteStateFile(Long pid, Integer port) {
        try {
            context.stateFiles().delete(context.root());
            return Optional.empty();
        } catch (UncheckedIOException e) {
            // the adapter's message names the file and the error
            return Optional.of(StopOutcome.failed(pid, port, e.getMessage(), StopFailure.FILE_ERROR));
        }
    }

    /** A stopping daemon removes its own record (§5.3); give it up to 1 s before the foreground does. */
    private void awaitOwnerRecordRemoval(long pid, int port) {
        Waits.until(context.clock(), DaemonTimeouts.OWNER_REMOVAL_WAIT, DaemonTimeouts.POLL,
                () -> !(context.ownerRecords().read(context.root()) instanceof OwnerRecordReading.Found found
                        && found.record().names(pid, port)));
    }

    /** Compare-and-delete of the stopped daemon's owner record (daemon.md §8); a failure is only logged. */
    void removeOwnerRecordNaming(long pid, int port) {
        try {
            context.ownerRecords().removeIfNames(context.root(), pid, port);
        } catch (LockUnavailableException | UncheckedIOException e) {
            context.log().warn("could not remove " + OwnerRecords.ownerRecordPath(context.root())
                    + " of stopped sync daemon pid " + pid + ": " + e.getMessage());
        }
    }
}
