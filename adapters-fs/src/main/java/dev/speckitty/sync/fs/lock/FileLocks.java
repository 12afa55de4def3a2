package dev.speckitty.sync.fs.lock;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;

/** Entry point of this package: the file-backed {@link LockFiles}. */
public final class FileLocks {
    private FileLocks() {
    }

    /** Lock files under a root; waits between attempts go through {@code clock}. */
    public static LockFiles create(Clock clock) {
        return new ChannelLockFiles(clock);
    }
}
