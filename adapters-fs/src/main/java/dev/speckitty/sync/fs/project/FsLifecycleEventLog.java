package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.LifecycleAppend;
import dev.speckitty.sync.core.setupplan.LifecycleEvent;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.LifecycleLog;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link LifecycleEventLog} on {@code status.events.jsonl}: read, decide and append while holding an in-process
 * mutex for the file and an exclusive {@link FileChannel} lock on the file itself (on-disk.md §10.2). The mutex
 * serialises threads of this JVM (a JVM cannot hold two FileChannel locks on one file); the file lock serialises
 * processes. The file lock is tried every 0.1 s for at most 10 s (decided here, the budget of the other locks of
 * on-disk.md §4.4), through the {@link Clock}.
 */
final class FsLifecycleEventLog implements LifecycleEventLog {

    static final int LOCK_ATTEMPTS = 100;
    static final Duration LOCK_RETRY = Duration.ofMillis(100);
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Clock clock;

    FsLifecycleEventLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public LifecycleAppend appendMissing(Path eventsFile, List<LifecycleEvent> candidates) throws ProjectFileException {
        if (candidates.isEmpty()) {
            // Nothing could be appended: do not create or lock the file for it.
            return new LifecycleAppend(List.of(), List.of());
        }
        ReentrantLock mutex =
                IN_PROCESS.computeIfAbsent(eventsFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        mutex.lock();
        try (FileChannel channel = FileChannel.open(eventsFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = lockWithinBudget(channel, eventsFile);
            try {
                return appendLocked(channel, candidates);
            } finally {
                lock.release();
            }
        } catch (IOException failed) {
            throw new ProjectFileException(eventsFile, IoReasons.describe(failed));
        } finally {
            mutex.unlock();
        }
    }

    private FileLock lockWithinBudget(FileChannel channel, Path eventsFile) throws IOException, ProjectFileException {
        for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                // Another channel of this JVM holds it (not one of ours: those are serialised by the mutex).
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (attempt < LOCK_ATTEMPTS) {
                try {
                    clock.sleep(LOCK_RETRY);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ProjectFileException(eventsFile, "interrupted while waiting for its lock");
                }
            }
        }
        throw new ProjectFileException(eventsFile, "could not lock it within " + LOCK_ATTEMPTS / 10 + "s");
    }

    private static LifecycleAppend appendLocked(FileChannel channel, List<LifecycleEvent> candidates)
            throws IOException {
        byte[] existing = readAll(channel);
        List<JsonValue.Obj> lines = parseLines(existing);
        List<LifecycleEvent> missing = LifecycleLog.missing(lines, candidates);
        if (missing.isEmpty()) {
            return new LifecycleAppend(List.of(), lines);
        }
        ByteArrayOutputStream appended = new ByteArrayOutputStream();
        if (existing.length > 0 && existing[existing.length - 1] != '\n') {
            appended.write('\n');
        }
        List<JsonValue.Obj> after = new ArrayList<>(lines);
        for (LifecycleEvent event : missing) {
            appended.writeBytes((event.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
            after.add(event.toJson());
        }
        ByteBuffer buffer = ByteBuffer.wrap(appended.toByteArray());
        long position = existing.length;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        channel.force(false);
        return new LifecycleAppend(missing.stream().map(LifecycleEvent::type).toList(), after);
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = 0;
        int read;
        while ((read = channel.read(buffer, position)) > 0) {
            content.write(buffer.array(), 0, read);
            position += read;
            buffer.clear();
        }
        return content.toByteArray();
    }

    /** Every line that is a strict JSON object, in order; the others (invalid UTF-8, not JSON, blank) are skipped. */
    private static List<JsonValue.Obj> parseLines(byte[] content) {
        List<JsonValue.Obj> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (i > start) {
                    StrictJson.parseObject(Arrays.copyOfRange(content, start, i)).ifPresent(lines::add);
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
