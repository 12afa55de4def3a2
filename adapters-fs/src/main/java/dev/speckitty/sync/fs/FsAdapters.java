package dev.speckitty.sync.fs;

import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.fs.identity.IdentityInputFiles;
import dev.speckitty.sync.fs.lock.FileLocks;
import dev.speckitty.sync.fs.root.RootDirectories;

/** The file-system adapters, as core ports, for the composition root (the Dagger modules in app-cli). */
public final class FsAdapters {
    private FsAdapters() {
    }

    /** Session, credentials and config.toml under a root (on-disk.md §5), for this host and user. */
    public static ReadIdentityInputs identityInputs() {
        return identityInputs(HostFacts.system());
    }

    public static ReadIdentityInputs identityInputs(HostFacts host) {
        return IdentityInputFiles.reader(host);
    }

    /** Advisory lock files (on-disk.md §4.4); waits go through {@code clock}. */
    public static LockFiles lockFiles(Clock clock) {
        return FileLocks.create(clock);
    }

    /** Root ownership and mode checks (clarifications #30) against this process's real uid. */
    public static InspectRootSafety rootSafety() {
        return rootSafety(HostFacts.system());
    }

    public static InspectRootSafety rootSafety(HostFacts host) {
        return RootDirectories.safety(host);
    }

    /** Canonical paths (on-disk.md §1.5): the daemon scope root, executable paths. */
    public static CanonicalizePath canonicalizePath() {
        return RootDirectories.canonicalPaths();
    }
}
