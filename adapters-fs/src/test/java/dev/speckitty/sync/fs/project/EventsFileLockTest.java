package dev.speckitty.sync.fs.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.speckitty.sync.core.setupplan.LifecycleEvent;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import dev.speckitty.sync.core.testing.FakeClock;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock on status.events.jsonl is really taken, and waiting for it is bounded (100 × 0.1 s). */
class EventsFileLockTest {

    @TempDir
    Path mission;

    @Test
    void aLockHeldElsewhereTimesOutAfterTenSecondsAndWritesNothing() throws Exception {
        Path file = mission.resolve("status.events.jsonl");
        byte[] before = "{\"event_type\":\"Other\"}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);
        FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
        List<LifecycleEvent> events = LifecycleEvent.candidates(false, new MissionSlug("m"), MissionMeta.defaults(),
                ProjectConfig.empty(), Instant.parse("2026-05-17T16:42:00Z"), new SplittableRandom(1));

        try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE); FileLock held = other.lock()) {
            ProjectFileException error = assertThrows(ProjectFileException.class,
                    () -> ProjectFiles.lifecycleEventLog(clock).appendMissing(file, events));
            assertEquals(file, error.path());
            assertEquals("could not lock it within 10s", error.reason());
        }
        assertEquals(Collections.nCopies(99, Duration.ofMillis(100)), clock.sleeps());
        assertArrayEquals(before, Files.readAllBytes(file));

        assertEquals(2, ProjectFiles.lifecycleEventLog(clock).appendMissing(file, events).appended().size(),
                "released locks are taken again");
    }
}
