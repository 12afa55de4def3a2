package dev.speckitty.sync.fs.project;

import com.google.gson.stream.JsonWriter;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.setupplan.ClockNodeId;
import dev.speckitty.sync.core.setupplan.ClockTick;
import dev.speckitty.sync.core.time.IsoTimestamps;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link LamportClock} on {@code <R>/clock.json} (on-disk.md §9): read-modify-write under {@code clock.lock}, atomic
 * replacement (§4.3) through {@code .clock.json-<random>.tmp} created 0600, 2-space JSON with a trailing newline.
 * A symbolic link at {@code clock.json} is refused (clarifications #30).
 */
final class FsLamportClock implements LamportClock {

    static final String FILE_NAME = "clock.json";
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private final LockFiles locks;
    private final Clock clock;
    private final Environment environment;
    private final Supplier<String> hostname;
    private final String jvmUserName;

    /**
     * @param hostname asked only when a node id must be derived (no readable {@code node_id} in the file)
     */
    FsLamportClock(LockFiles locks, Clock clock, Environment environment, Supplier<String> hostname,
            String jvmUserName) {
        this.locks = locks;
        this.clock = clock;
        this.environment = environment;
        this.hostname = hostname;
        this.jvmUserName = jvmUserName;
    }

    @Override
    public ClockTick tick(Path root) throws LockUnavailableException {
        LockFiles.Held held = locks.acquire(root, LockName.CLOCK);
        try {
            Path file = root.resolve(FILE_NAME);
            Optional<JsonValue.Obj> stored = read(file);
            long value = stored.flatMap(FsLamportClock::storedValue).orElse(0L) + 1;
            String nodeId = stored.flatMap(s -> s.string("node_id"))
                    .orElseGet(() -> ClockNodeId.derive(hostname.get(), environment, jvmUserName));
            ensureDirectory(root);
            replace(file, render(value, nodeId, IsoTimestamps.microseconds(clock.now())));
            return new ClockTick(value, nodeId);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            held.close();
        }
    }

    /** The stored object; empty when absent or unparseable (value 0 and a fresh node id, §9). */
    private static Optional<JsonValue.Obj> read(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException("refusing to use " + file + ": it is a symbolic link");
        }
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            bytes = readAll(channel);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        return StrictJson.parseObject(bytes);
    }

    /** {@code value} when it is a non-negative integer; otherwise the clock counts from 0 again. */
    private static Optional<Long> storedValue(JsonValue.Obj stored) {
        return stored.get("value").filter(JsonValue.Num.class::isInstance)
                .flatMap(v -> ((JsonValue.Num) v).integerValue())
                .filter(v -> v >= 0 && v < Long.MAX_VALUE);
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > 1 << 20) {
            // A clock file is under 200 bytes; a huge one is not a clock file.
            return new byte[0];
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.array();
    }

    /** {@code {"value", "node_id", "updated_at"}} in that order (the reference's), 2-space indent, final newline. */
    private static byte[] render(long value, String nodeId, String updatedAt) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setIndent("  ");
            writer.setHtmlSafe(false);
            writer.beginObject();
            writer.name("value").value(value);
            writer.name("node_id").value(nodeId);
            writer.name("updated_at").value(updatedAt);
            writer.endObject();
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Creates {@code <R>} (and missing parents) 0700 if it does not exist (§4.1); existing modes are left alone. */
    private static void ensureDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.getParent();
        if (parent != null) {
            ensureDirectory(parent);
        }
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
    }

    /** Atomic replacement of on-disk.md §4.3; no temporary file survives, whatever happens. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + "-", ".tmp",
                PosixFilePermissions.asFileAttribute(FILE_MODE));
        try {
            Files.setPosixFilePermissions(temporary, FILE_MODE);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException failed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failed.addSuppressed(cleanup);
            }
            throw failed;
        }
        syncDirectory(directory);
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException bestEffort) {
            // §4.3 step 4 is best effort: some file systems cannot fsync a directory.
        }
    }
}
