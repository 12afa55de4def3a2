package dev.speckitty.sync.core.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The verification rule of daemon.md §11.1 over a snapshot of process facts. Pure. */
public final class ProcessVerification {

    /** Start-time slack over {@code not_after} (jiffy resolution, spawn latency). */
    public static final Duration START_SLACK = Duration.ofSeconds(2);

    private ProcessVerification() {
    }

    /**
     * @param daemonScopeRoot the foreground's daemon scope root (canonical {@code <R>}, on-disk.md §2.2)
     * @param notAfter latest plausible start (the state file's modification time for the recorded singleton,
     *        {@code started_at} for an owner record), or empty for no start-time check
     */
    public static Verification verify(ProcessFacts facts, int expectedPort, String daemonScopeRoot, Optional<Instant> notAfter) {
        if (facts.state().gone()) {
            return Verification.GONE;
        }
        if (facts.argv().isEmpty() || facts.startInstant().isEmpty()) {
            return Verification.UNKNOWN;
        }
        List<String> argv = facts.argv().get();
        if (SpawnShape.of(argv).isEmpty()) {
            return Verification.NOT_OURS;
        }
        if (!SpawnShape.rootMarker(argv).map(daemonScopeRoot::equals).orElse(false)) {
            return Verification.NOT_OURS;
        }
        OptionalInt port = SpawnShape.port(argv);
        if (port.isEmpty() || port.getAsInt() != expectedPort) {
            return Verification.NOT_OURS;
        }
        if (notAfter.isPresent() && facts.startInstant().get().isAfter(notAfter.get().plus(START_SLACK))) {
            return Verification.NOT_OURS;
        }
        return Verification.VERIFIED;
    }
}
