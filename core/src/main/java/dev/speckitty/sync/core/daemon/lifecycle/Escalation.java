package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Verification;
import java.time.Instant;
import java.util.Optional;

/**
 * Signal escalation of a verified daemon (daemon.md §11.3): SIGTERM, wait up to 1 s for the process to be gone,
 * then SIGKILL, wait up to 1 s; success is the process gone and its port closed within 1 s afterwards. The
 * process is verified (§11.1) immediately before each signal, and only a {@code VERIFIED} one is signalled.
 */
final class Escalation {
    private final DaemonContext context;
    private final Probes probes;

    Escalation(DaemonContext context) {
        this.context = context;
        this.probes = new Probes(context);
    }

    /** @return empty on success, else the reason the daemon could not be stopped */
    Optional<String> stop(long pid, int port, Optional<Instant> notAfter) {
        Optional<Optional<String>> afterTerminate = signal(pid, port, notAfter, false);
        if (afterTerminate.isPresent()) {
            return afterTerminate.get();
        }
        if (!Waits.until(context.clock(), DaemonTimeouts.TERMINATE_WAIT, DaemonTimeouts.POLL, () -> probes.gone(pid))) {
            Optional<Optional<String>> afterKill = signal(pid, port, notAfter, true);
            if (afterKill.isPresent()) {
                return afterKill.get();
            }
            if (!Waits.until(context.clock(), DaemonTimeouts.KILL_WAIT, DaemonTimeouts.POLL, () -> probes.gone(pid))) {
                return Optional.of("pid " + pid + " is still alive after SIGKILL");
            }
        }
        return portClosedAfterExit(pid, port);
    }

    /**
     * Verifies and sends one signal. Empty means "sent; now wait"; a present value ends the escalation with that
     * result (success when the process was already gone).
     */
    private Optional<Optional<String>> signal(long pid, int port, Optional<Instant> notAfter, boolean kill) {
        Verification verification = context.verifier().verify(pid, port, notAfter);
        if (verification == Verification.GONE) {
            return Optional.of(portClosedAfterExit(pid, port));
        }
        if (verification != Verification.VERIFIED) {
            return Optional.of(Optional.of("pid " + pid + " no longer verifies as this root's sync daemon on port "
                    + port + " (" + verification.name().toLowerCase(java.util.Locale.ROOT) + "); not signalled"));
        }
        String name = kill ? "SIGKILL" : "SIGTERM";
        context.log().debug("sending " + name + " to verified sync daemon pid " + pid + " (port " + port + ")");
        SignalOutcome outcome = kill ? context.signals().kill(pid) : context.signals().terminate(pid);
        if (outcome == SignalOutcome.DENIED) {
            return Optional.of(Optional.of(name + " to pid " + pid + " was denied"));
        }
        if (outcome == SignalOutcome.NO_SUCH_PROCESS) {
            return Optional.of(portClosedAfterExit(pid, port));
        }
        return Optional.empty();
    }

    private Optional<String> portClosedAfterExit(long pid, int port) {
        boolean closed = Waits.until(context.clock(), DaemonTimeouts.PORT_CLOSE_WAIT, DaemonTimeouts.POLL,
                () -> probes.portClosed(port));
        return closed ? Optional.empty()
                : Optional.of("pid " + pid + " is gone but port " + port + " still accepts connections");
    }
}
