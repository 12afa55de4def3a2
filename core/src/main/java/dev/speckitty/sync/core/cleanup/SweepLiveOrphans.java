package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The locked sweep shared by the startup reaper (cleanup.md §9) and {@code auth doctor --reset} (§10.1 step 2):
 * under {@code sync-daemon.lock} (reentrant, so ensure may already hold it), discover afresh and sweep the current
 * live orphan daemons — safe_auto always, operator_required only with {@code force}. When the lock cannot be had
 * within its budget nothing is signalled and every record to sweep fails with {@code lock_unavailable} (§8.4).
 */
public final class SweepLiveOrphans {

    private final DiscoverListeners discovery;
    private final SweepDaemons sweeper;
    private final LockFiles locks;

    public SweepLiveOrphans(DiscoverListeners discovery, SweepDaemons sweeper, LockFiles locks) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.sweeper = Objects.requireNonNull(sweeper, "sweeper");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /**
     * @throws RuntimeException when discovery as a whole cannot run (the caller reports its diagnostic)
     */
    public SweepResult run(Path root, boolean force, String foregroundPackageVersion) {
        LockFiles.Held held;
        try {
            held = locks.acquire(root, LockName.SYNC_DAEMON);
        } catch (LockUnavailableException lockUnavailable) {
            return sweeper.lockUnavailable(liveOrphans(root), force);
        }
        try {
            return sweeper.sweep(root, liveOrphans(root), force, foregroundPackageVersion);
        } finally {
            held.close();
        }
    }

    /** Only live orphan daemons reach a sweep: never_touch records appear in no result array (§8.4). */
    private List<IdentityRecord> liveOrphans(Path root) {
        return discovery.discover(root).stream().filter(IdentityRecord::isLiveOrphan).toList();
    }
}
