package dev.speckitty.sync.core.daemon;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The recorded singleton, as named by the state file {@code <R>/sync-daemon} (on-disk.md §8.1). Files written
 * by the reference may lack the token or the pid; files this product writes always have both.
 * {@link #toString()} never shows the token.
 */
public record StateFile(String baseUrl, SyncPort port, Optional<ControlToken> token, OptionalLong pid) {

    public StateFile {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(pid, "pid");
        if (pid.isPresent() && pid.getAsLong() <= 0) {
            throw new IllegalArgumentException("pid must be > 0, was " + pid.getAsLong());
        }
    }

    /** The state this product records after a successful start (daemon.md §3.2 step 7). */
    public static StateFile of(SyncPort port, ControlToken token, long pid) {
        return new StateFile(loopbackUrl(port), port, Optional.of(token), OptionalLong.of(pid));
    }

    /** {@code http://127.0.0.1:<p>}: clients always connect to 127.0.0.1, never {@code localhost}. */
    public static String loopbackUrl(SyncPort port) {
        return "http://127.0.0.1:" + port.value();
    }

    /**
     * The report of a probe of this recorded singleton iff it passed the foreground health probe (daemon.md §7.2)
     * for this port and, when recorded, this pid.
     */
    public Optional<HealthReport> healthyReport(HealthProbe probe) {
        if (probe instanceof HealthProbe.Responded responded && responded.report().passesProbe(port.value(), pid)) {
            return Optional.of(responded.report());
        }
        return Optional.empty();
    }

    /**
     * The four-line text this product writes, each line terminated by {@code \n}.
     *
     * @throws IllegalStateException for a reference-shaped state without token or pid: the product never
     *         writes those
     */
    public String render() {
        if (token.isEmpty() || pid.isEmpty()) {
            throw new IllegalStateException("only a state with token and pid is ever written");
        }
        return baseUrl + "\n" + port.value() + "\n" + token.get().value() + "\n" + pid.getAsLong() + "\n";
    }
}
