package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.port.OperatorLog;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The startup reaper (cleanup.md §9): inside ensure, before the reuse/spawn decision, sweep exactly the safe_auto
 * live orphan daemons; operator_required ones are left, reported in {@code skipped} and logged (clarifications
 * #26). It never spawns and never throws: a failure is logged and the result is what was done.
 */
public final class StartupReaper implements ReapStaleDaemons {

    private final SweepLiveOrphans sweep;
    private final OperatorLog log;
    private final String foregroundPackageVersion;

    public StartupReaper(SweepLiveOrphans sweep, OperatorLog log, String foregroundPackageVersion) {
        this.sweep = Objects.requireNonNull(sweep, "sweep");
        this.log = Objects.requireNonNull(log, "log");
        this.foregroundPackageVersion = Objects.requireNonNull(foregroundPackageVersion, "foregroundPackageVersion");
    }

    @Override
    public SweepResult reap(Path root) {
        SweepResult result;
        try {
            result = sweep.run(root, false, foregroundPackageVersion);
        } catch (RuntimeException reaperError) {
            log.warn("startup reaper failed: " + SafeText.of(String.valueOf(reaperError.getMessage())));
            return SweepResult.EMPTY;
        }
        result.swept().forEach(entry -> log.info("reaped stale sync daemon: pid=" + entry.pid() + " port="
                + entry.port() + " version=" + version(entry.packageVersion()) + " path="
                + entry.cleanupPath().wireName()));
        result.failed().forEach(entry -> log.warn("could not reap sync daemon: pid=" + pid(entry.pid()) + " port="
                + entry.port() + " reason=" + entry.failureReason().wireName()));
        result.skipped().forEach(entry -> log.info("left sync daemon for the operator: pid=" + pid(entry.pid())
                + " port=" + entry.port() + " reason=" + entry.skipReason().wireName()));
        return result;
    }

    private static String version(String packageVersion) {
        return packageVersion == null ? "unknown" : SafeText.of(packageVersion);
    }

    /** A record that reached a sweep has a pid (clarifications #36); {@code unknown} only for a refused defect. */
    private static String pid(Long pid) {
        return pid == null ? "unknown" : pid.toString();
    }
}
