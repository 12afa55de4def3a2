package dev.speckitty.sync.fs.lock;

import dev.speckitty.sync.fs.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock file of this process: the in-process mutex (reentrant per thread, its hold count is the lock's) and the
 * one {@link FileChannel} kept open for the whole process, because closing any channel of a file would release the
 * process's lock on it (on-disk.md §4.4). The file lock is taken when the count goes 0 → 1 and released at 1 → 0.
 */
final class LockFileState {
    private final Path file;
    private final ReentrantLock mutex = new ReentrantLock();
    // Guarded by mutex.
    private FileChannel channel;
    private FileLock fileLock;

    LockFileState(Path file) {
        this.file = file;
    }

    /**
     * One non-blocking attempt.
     *
     * @return true when this thread now holds the lock (one more level)
     * @throws InterruptedException when the thread was interrupted while touching the channel
     * @throws UncheckedIOException when the lock file cannot be created or opened
     */
    boolean tryAcquire() throws InterruptedException {
        if (!mutex.tryLock()) {
            return false;
        }
        if (mutex.getHoldCount() > 1) {
            return true;
        }
        boolean acquired = false;
        try {
            FileLock lock = openChannel().tryLock();
            if (lock != null) {
                fileLock = lock;
                acquired = true;
            }
            return acquired;
        } catch (OverlappingFileLockException sameFileThroughAnotherPath) {
            // This JVM already locks the same file under another path; wait like for any other holder.
            return false;
        } catch (ClosedByInterruptException e) {
            channel = null;
            throw new InterruptedException("interrupted while locking " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getClass().getSimpleName(), e);
        } finally {
            if (!acquired) {
                mutex.unlock();
            }
        }
    }

    /** Releases one level; the file lock goes with the last one. Must run on the holding thread. */
    void release() {
        try {
            if (mutex.getHoldCount() == 1 && fileLock != null) {
                FileLock lock = fileLock;
                fileLock = null;
                try {
                    lock.release();
                } catch (IOException e) {
                    // Closing the channel releases every lock this process has on the file; reopen next time.
                    closeChannelQuietly();
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    private FileChannel openChannel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            OwnerOnlyFiles.createFileIfAbsent(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        return channel;
    }

    private void closeChannelQuietly() {
        try {
            channel.close();
        } catch (IOException alreadyBroken) {
            // Nothing is left to release on a channel that cannot even close.
        }
        channel = null;
    }
}
