package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Owner records kept in memory per root, mutated under {@code sync-owner.lock} of the given {@link LockFiles}
 * like the real adapter. Executable paths are stored as written (the real adapter canonicalises on read).
 */
public final class InMemoryOwnerRecords implements OwnerRecords {
    private final LockFiles locks;
    private final Map<Path, OwnerRecordReading> files = new HashMap<>();

    public InMemoryOwnerRecords(LockFiles locks) {
        this.locks = locks;
    }

    /** Puts a file that reads as unreadable with this reason and detail. */
    public synchronized void plantUnreadable(Path root, OwnerRecordReading.Reason reason, String detail) {
        files.put(root, new OwnerRecordReading.Unreadable(OwnerRecords.ownerRecordPath(root), reason, detail));
    }

    @Override
    public synchronized OwnerRecordReading read(Path root) {
        return files.getOrDefault(root, new OwnerRecordReading.Absent());
    }

    @Override
    public void write(Path root, OwnerRecord record) throws LockUnavailableException {
        try (LockFiles.Held held = locks.acquire(root, LockName.SYNC_OWNER)) {
            synchronized (this) {
                files.put(root, new OwnerRecordReading.Found(record));
            }
        }
    }

    @Override
    public boolean removeIf(Path root, Predicate<OwnerRecordReading> condition) throws LockUnavailableException {
        try (LockFiles.Held held = locks.acquire(root, LockName.SYNC_OWNER)) {
            OwnerRecordReading current = read(root);
            if (current instanceof OwnerRecordReading.Absent || !condition.test(current)) {
                return false;
            }
            synchronized (this) {
                files.remove(root);
            }
            return true;
        }
    }
}
