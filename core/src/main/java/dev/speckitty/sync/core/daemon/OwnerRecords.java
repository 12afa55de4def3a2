package dev.speckitty.sync.core.daemon;

import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The owner record file {@code <R>/sync/daemon/owner.json} (on-disk.md §8.4–§8.5, daemon.md §8). Every mutation
 * happens under {@code sync-owner.lock}, held for one read-modify-write only; callers must not hold it already
 * when another lock is needed (lock order, on-disk.md §4.4).
 */
public interface OwnerRecords {

    static Path ownerRecordPath(Path root) {
        return root.resolve("sync").resolve("daemon").resolve("owner.json");
    }

    /** One read, no existence check first; never throws. The record's executable path is canonical. */
    OwnerRecordReading read(Path root);

    /**
     * Replaces the record atomically (mode 0600), creating {@code sync/} and {@code sync/daemon/} (0700) as needed.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written; no temporary file remains
     */
    void write(Path root, OwnerRecord record) throws LockUnavailableException;

    /**
     * Reads the record under the lock and deletes the file iff {@code condition} accepts what was read (an
     * {@link OwnerRecordReading.Absent} reading is never deleted). The condition runs inside the lock hold, so it
     * must be quick and must not take a lock.
     *
     * @return whether the file was deleted
     * @throws java.io.UncheckedIOException when the file cannot be deleted
     */
    boolean removeIf(Path root, Predicate<OwnerRecordReading> condition) throws LockUnavailableException;

    /** Compare-and-delete: removes the record iff it is readable and still names this pid and port. */
    default boolean removeIfNames(Path root, long pid, int port) throws LockUnavailableException {
        return removeIf(root, reading -> reading instanceof OwnerRecordReading.Found found
                && found.record().names(pid, port));
    }
}
