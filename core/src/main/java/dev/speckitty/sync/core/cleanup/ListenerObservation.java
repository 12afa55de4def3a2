package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SpawnShape;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything discovery (cleanup.md §3.1) learnt about one listening port, before classification. The
 * derived predicates of §4 are computed here once, so the record builder and the classifier agree.
 *
 * <p>A null pid means the process is unknown: then there is no argv, executable or start instant
 * (cleanup.md §1), which makes the table's row 7 unreachable by construction.
 *
 * @param pid               listener pid (§3.2), or null when it could not be resolved
 * @param health            the health probe of §3.1 step 2 ({@link HealthProbe.Responded} iff status 200 and a
 *                          UTF-8 JSON object)
 * @param argv              the process argv snapshot; empty when unreadable or when the pid is null
 * @param executable        target of the process's executable link, or null when unknown
 * @param startInstant      the process start instant, or null when unknown
 * @param ownerPresent      {@code owner.json} is readable and names this pid and port (reporting only)
 * @param recordedSingleton the valid state file's daemon, or null when the state file is absent or invalid
 */
public record ListenerObservation(int port, Long pid, HealthProbe health, List<String> argv, String executable,
                                  Instant startInstant, boolean ownerPresent, RecordedSingleton recordedSingleton) {

    public ListenerObservation {
        requireTcpPort(port);
        requirePositivePid(pid);
        Objects.requireNonNull(health, "health");
        argv = List.copyOf(argv);
        if (pid == null && (!argv.isEmpty() || executable != null || startInstant != null)) {
            throw new IllegalArgumentException("a listener without a pid has no process facts");
        }
    }

    /** The health report when the probe got one (status 200 and a JSON object). */
    public Optional<HealthReport> report() {
        return health instanceof HealthProbe.Responded responded ? Optional.of(responded.report()) : Optional.empty();
    }

    /** {@code spawn_shape_ok} (§6.1). */
    public boolean spawnShapeOk() {
        return SpawnShape.matches(argv);
    }

    /** The non-empty scope marker payload of the argv (§6.2), which is also {@code singleton_scope_id}. */
    public Optional<String> scopeMarker() {
        return SpawnShape.rootMarker(argv);
    }

    /** {@code self_report_matches_listener} (§4 key 15). */
    public boolean selfReportMatchesListener() {
        HealthOwner owner = report().map(HealthReport::owner).orElse(null);
        return owner != null && pid != null && owner.names(pid, port);
    }

    /** {@code is_recorded_singleton} (§4 key 16). */
    public boolean isRecordedSingleton() {
        return recordedSingleton != null && recordedSingleton.protects(port, pid);
    }

    /** Never shows the argv: command lines may carry reference tokens (cleanup.md §11.8). */
    @Override
    public String toString() {
        return "ListenerObservation[port=" + port + ", pid=" + pid + ", health=" + health + ", argv=<"
                + argv.size() + " elements>, executable=" + executable + ", startInstant=" + startInstant
                + ", ownerPresent=" + ownerPresent + ", recordedSingleton=" + recordedSingleton + "]";
    }

    static void requireTcpPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be in 1..65535: " + port);
        }
    }

    static void requirePositivePid(Long pid) {
        if (pid != null && pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
    }
}
