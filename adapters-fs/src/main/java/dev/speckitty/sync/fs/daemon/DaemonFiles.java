package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.port.LockFiles;

/** The daemon's files under the root and the file checks the daemon rules need; bound by app-cli's Dagger module. */
public final class DaemonFiles {
    private DaemonFiles() {
    }

    /** owner.json: three-state reads, atomic writes and compare-and-delete under {@code sync-owner.lock} of {@code locks}. */
    public static OwnerRecords ownerRecords(LockFiles locks) {
        return new OwnerRecordFile(locks, canonicalPaths());
    }

    /** The state file {@code sync-daemon}; the caller holds {@code sync-daemon.lock} around writes and deletes. */
    public static StateFiles stateFiles() {
        return new StateFileStore();
    }

    /** The executable check of the orphan rule. */
    public static CheckExecutable checkExecutable() {
        return new AttributeCheckExecutable();
    }

    /** Canonical paths (on-disk.md §1.5). */
    public static CanonicalPaths canonicalPaths() {
        return new FileCanonicalPaths();
    }
}
