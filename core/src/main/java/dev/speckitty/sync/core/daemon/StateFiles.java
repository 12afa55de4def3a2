package dev.speckitty.sync.core.daemon;

import java.nio.file.Path;

/**
 * The state file {@code <R>/sync-daemon} (on-disk.md §8.1). Only foreground processes holding
 * {@code sync-daemon.lock} write or delete it (daemon.md §3.3); taking that lock is the caller's job, because it
 * is held across the whole ensure/stop/restart procedure.
 */
public interface StateFiles {

    static Path stateFilePath(Path root) {
        return root.resolve("sync-daemon");
    }

    /** Never throws: an unreadable file is {@link StateFileReading.Invalid}. */
    StateFileReading read(Path root);

    /**
     * Replaces the file atomically with mode 0600.
     *
     * @throws java.io.UncheckedIOException when it cannot be written; no temporary file remains
     */
    void write(Path root, StateFile state);

    /**
     * @return whether a file was deleted
     * @throws java.io.UncheckedIOException when it exists but cannot be deleted
     */
    boolean delete(Path root);
}
