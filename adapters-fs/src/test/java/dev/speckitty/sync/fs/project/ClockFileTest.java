package dev.speckitty.sync.fs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.setupplan.ClockTick;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clock.json on disk (on-disk.md §9, §4.3). */
class ClockFileTest {

    @TempDir
    Path base;

    private static final Environment ALICE = Environment.of(Map.of("USER", "alice"));
    /** sha256("host-a:alice")[:12], computed with coreutils. */
    private static final String NODE = "68b5b23d2c75";

    private final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.123456789Z");

    private FsLamportClock clockWith(LockFiles locks) {
        return new FsLamportClock(locks, clock, ALICE, () -> "host-a", "nobody");
    }

    /** A clock that must not need a host name (the stored node_id is used). */
    private FsLamportClock clockWithoutHostname() {
        return new FsLamportClock(new InMemoryLockFiles(), clock, ALICE, () -> {
            throw new AssertionError("the stored node_id must be kept");
        }, "nobody");
    }

    @Test
    void writesTheDocumentedFormatAtomicallyWithMode0600() throws Exception {
        Path root = base.resolve("root");
        clockWith(new InMemoryLockFiles()).tick(root);
        clock.advance(java.time.Duration.ofSeconds(1));
        assertEquals(new ClockTick(2, NODE), clockWith(new InMemoryLockFiles()).tick(root));

        Path file = root.resolve("clock.json");
        assertEquals("{\n  \"value\": 2,\n  \"node_id\": \"68b5b23d2c75\",\n"
                + "  \"updated_at\": \"2026-05-17T16:42:01.123456+00:00\"\n}\n",
                Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)), "created 0700");
        try (Stream<Path> entries = Files.list(root)) {
            assertEquals(List.of("clock.json"), entries.map(p -> p.getFileName().toString()).toList(),
                    "no temp file left");
        }
    }

    @Test
    void anExistingRootKeepsItsMode() throws Exception {
        Path root = Files.createDirectory(base.resolve("root"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        clockWith(new InMemoryLockFiles()).tick(root);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    }

    @Test
    void aStoredNodeIdIsKept() throws Exception {
        Path root = Files.createDirectories(base.resolve("root"));
        Files.writeString(root.resolve("clock.json"),
                "{\"value\": 41, \"node_id\": \"from-python\", \"updated_at\": \"x\"}");
        assertEquals(new ClockTick(42, "from-python"), clockWithoutHostname().tick(root));
    }

    @Test
    void aBadValueRestartsFromZeroButKeepsTheNodeId() throws Exception {
        Path root = Files.createDirectories(base.resolve("root"));
        for (String value : List.of("-3", "2.5", "\"7\"", "null", "99999999999999999999")) {
            Files.writeString(root.resolve("clock.json"), "{\"value\": " + value + ", \"node_id\": \"kept\"}");
            assertEquals(new ClockTick(1, "kept"), clockWithoutHostname().tick(root), value);
        }
    }

    @Test
    void anUnparseableFileRestartsWithADerivedNodeId() throws Exception {
        Path root = Files.createDirectories(base.resolve("root"));
        for (String content : List.of("{value: 5}", "", "{\"value\": 5, \"node_id\": \"x\"", "[5]", "{\"value\": 5}")) {
            Files.writeString(root.resolve("clock.json"), content);
            assertEquals(content.equals("{\"value\": 5}") ? new ClockTick(6, NODE) : new ClockTick(1, NODE),
                    clockWith(new InMemoryLockFiles()).tick(root), content);
        }
    }

    @Test
    void aSymlinkedClockFileIsRefusedAndLeftAlone() throws Exception {
        Path root = Files.createDirectories(base.resolve("root"));
        Path elsewhere = Files.writeString(base.resolve("elsewhere.json"), "{\"value\": 1, \"node_id\": \"n\"}");
        Files.createSymbolicLink(root.resolve("clock.json"), elsewhere);
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> clockWith(new InMemoryLockFiles()).tick(root));
        assertTrue(error.getMessage().contains("symbolic link"), error.getMessage());
        assertEquals("{\"value\": 1, \"node_id\": \"n\"}", Files.readString(elsewhere));
        assertTrue(Files.isSymbolicLink(root.resolve("clock.json")));
    }

    @Test
    void aRefusedLockWritesNothing() {
        Path root = base.resolve("root");
        InMemoryLockFiles busy = new InMemoryLockFiles();
        busy.holdElsewhere(root, LockName.CLOCK);
        assertThrows(LockUnavailableException.class, () -> clockWith(busy).tick(root));
        assertFalse(Files.exists(root));
    }

    @Test
    void concurrentTicksNeverRepeatAValue() throws Exception {
        Path root = base.resolve("root");
        LockFiles locks = new BlockingLockFiles();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<Long> values = new ArrayList<>();
                    FsLamportClock mine = clockWith(locks);
                    for (int i = 0; i < 25; i++) {
                        values.add(mine.tick(root).value());
                    }
                    return values;
                }));
            }
            start.countDown();
            TreeSet<Long> all = new TreeSet<>();
            for (Future<List<Long>> run : runs) {
                all.addAll(run.get(20, TimeUnit.SECONDS));
            }
            assertEquals(50, all.size(), "no value was handed out twice");
            assertEquals(1L, all.first());
            assertEquals(50L, all.last());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Files.readString(root.resolve("clock.json")).contains("\"value\": 50,"));
    }
}
