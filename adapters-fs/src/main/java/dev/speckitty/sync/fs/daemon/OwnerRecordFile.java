package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;

/** {@code <R>/sync/daemon/owner.json} on disk (on-disk.md §8.4–§8.5, daemon.md §8). */
final class OwnerRecordFile implements OwnerRecords {
    /** Far above any real record (about 600 bytes); a larger file is not read into memory. */
    static final int MAX_BYTES = 1024 * 1024;

    private final LockFiles locks;
    private final CanonicalPaths paths;

    OwnerRecordFile(LockFiles locks, CanonicalPaths paths) {
        this.locks = locks;
        this.paths = paths;
    }

    @Override
    public OwnerRecordReading read(Path root) {
        Path file = OwnerRecords.ownerRecordPath(root);
        byte[] bytes;
        try {
            bytes = BoundedReads.read(file, MAX_BYTES);
        } catch (NoSuchFileException absent) {
            return new OwnerRecordReading.Absent();
        } catch (IOException | RuntimeException unreadable) {
            return new OwnerRecordReading.Unreadable(file, OwnerRecordReading.Reason.UNREADABLE_FILE, describe(file, unreadable));
        }
        return OwnerJson.decode(file, bytes, paths);
    }

    /** The exception's kind and the operating system's reason; never the path or any file content. */
    static String describe(Path file, Exception failure) {
        if (Files.isSymbolicLink(file)) {
            return "refusing to follow a symbolic link";
        }
        if (failure instanceof BoundedReads.TooLargeException) {
            return failure.getMessage();
        }
        String name = failure.getClass().getSimpleName();
        String reason = failure instanceof FileSystemException fileSystem ? fileSystem.getReason() : failure.getMessage();
        return reason == null || reason.isBlank() ? name : name + ": " + reason;
    }

    @Override
    public void write(Path root, OwnerRecord record) throws LockUnavailableException {
        Path file = OwnerRecords.ownerRecordPath(root);
        LockFiles.Held held = locks.acquire(root, LockName.SYNC_OWNER);
        try {
            Directories.ensure(root, "sync", "daemon");
            AtomicFiles.replace(file, OwnerJson.encode(record));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + describe(file, e), e);
        } finally {
            held.close();
        }
    }

    @Override
    public boolean removeIf(Path root, Predicate<OwnerRecordReading> condition) throws LockUnavailableException {
        Path file = OwnerRecords.ownerRecordPath(root);
        LockFiles.Held held = locks.acquire(root, LockName.SYNC_OWNER);
        try {
            OwnerRecordReading reading = read(root);
            if (reading instanceof OwnerRecordReading.Absent || !condition.test(reading)) {
                return false;
            }
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file + ": " + describe(file, e), e);
        } finally {
            held.close();
        }
    }
}
