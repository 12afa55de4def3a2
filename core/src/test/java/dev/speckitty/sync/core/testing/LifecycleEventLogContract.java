package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.LifecycleAppend;
import dev.speckitty.sync.core.setupplan.LifecycleEvent;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.LifecycleEventType;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link LifecycleEventLog} (on-disk.md §10.2): idempotent, append-only, locked. */
public abstract class LifecycleEventLogContract {

    @TempDir
    protected Path base;

    protected abstract SetupPlanTreeFixture tree();

    protected abstract LifecycleEventLog events();

    /** Puts {@code lines} at {@code file} (and, for a fake, teaches it what the JSON lines mean). */
    protected abstract void givenEventsFile(Path file, SetupPlanEventLines lines);

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00.123456Z");

    private static List<LifecycleEvent> candidates(boolean substantive, long seed) {
        return LifecycleEvent.candidates(substantive, SLUG, MissionMeta.defaults(), ProjectConfig.empty(), NOW,
                new SplittableRandom(seed));
    }

    private static byte[] linesOf(String prefix, List<LifecycleEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        events.forEach(e -> out.writeBytes((e.toLine() + "\n").getBytes(StandardCharsets.UTF_8)));
        return out.toByteArray();
    }

    private Path eventsFile() {
        MissionPaths mission = new MissionPaths(base.resolve("project"), SLUG);
        tree().directory(mission.missionDirectory());
        return mission.eventsFile();
    }

    private static JsonValue.Obj foreignLine(String eventId, String type, String slug, String artifactPath) {
        JsonValue.Obj.Builder payload = JsonValue.object().put("mission_slug", slug).put("actor", "someone else");
        if (artifactPath != null) {
            payload.put("artifact_path", artifactPath);
        }
        return JsonValue.object().put("event_id", eventId).put("event_type", type)
                .put("timestamp", "2026-01-01T00:00:00+00:00").put("payload", payload.build()).build();
    }

    @Test
    void createsTheLogWithOneLinePerEvent() throws Exception {
        Path file = eventsFile();
        List<LifecycleEvent> events = candidates(true, 1);
        LifecycleAppend append = events().appendMissing(file, events);
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED, LifecycleEventType.PLAN_STARTED,
                LifecycleEventType.PLAN_COMPLETED), append.appended());
        assertEquals(events.stream().map(LifecycleEvent::toJson).toList(), append.lines());
        assertArrayEquals(linesOf("", events), tree().content(file).orElseThrow());
    }

    @Test
    void aRerunAppendsNothingAndRewritesNothing() throws Exception {
        Path file = eventsFile();
        List<LifecycleEvent> first = candidates(false, 1);
        events().appendMissing(file, first);
        byte[] before = tree().content(file).orElseThrow();

        LifecycleAppend again = events().appendMissing(file, candidates(false, 2));
        assertEquals(List.of(), again.appended());
        assertEquals(first.stream().map(LifecycleEvent::toJson).toList(), again.lines());
        assertArrayEquals(before, tree().content(file).orElseThrow());

        LifecycleAppend completed = events().appendMissing(file, candidates(true, 3));
        assertEquals(List.of(LifecycleEventType.PLAN_COMPLETED), completed.appended(), "only the new type");
    }

    @Test
    void existingLinesAreKeptAndUnparseableOnesIgnored() throws Exception {
        Path file = eventsFile();
        JsonValue.Obj started = foreignLine("local-1", "PlanStarted", "001-checkout", null);
        JsonValue.Obj otherMission = foreignLine("local-2", "SpecifyCompleted", "002-other",
                "kitty-specs/002-other/spec.md");
        SetupPlanEventLines existing = new SetupPlanEventLines().json(started).unparseable("{not json")
                .rawBytes(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}).json(otherMission).unparseable("");
        givenEventsFile(file, existing);

        List<LifecycleEvent> events = candidates(false, 1);
        LifecycleAppend append = events().appendMissing(file, events);
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED), append.appended());
        assertEquals(List.of(started, otherMission, events.get(0).toJson()), append.lines());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(existing.bytes());
        expected.writeBytes(linesOf("", List.of(events.get(0))));
        assertArrayEquals(expected.toByteArray(), tree().content(file).orElseThrow());
    }

    @Test
    void anUnterminatedLastLineGetsItsNewlineBeforeTheAppend() throws Exception {
        Path file = eventsFile();
        SetupPlanEventLines existing = new SetupPlanEventLines().unparseable("truncated {\"event").unterminated();
        givenEventsFile(file, existing);
        List<LifecycleEvent> events = candidates(false, 1);
        events().appendMissing(file, events);
        assertArrayEquals(linesOf("truncated {\"event\n", events), tree().content(file).orElseThrow());
    }

    @Test
    void anUnterminatedParseableLastLineStillCounts() throws Exception {
        Path file = eventsFile();
        JsonValue.Obj started = foreignLine("local-1", "PlanStarted", "001-checkout", null);
        SetupPlanEventLines existing = new SetupPlanEventLines().json(started).unterminated();
        givenEventsFile(file, existing);
        List<LifecycleEvent> events = candidates(false, 1);
        LifecycleAppend append = events().appendMissing(file, events);
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED), append.appended());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(existing.bytes());
        expected.writeBytes(linesOf("\n", List.of(events.get(0))));
        assertArrayEquals(expected.toByteArray(), tree().content(file).orElseThrow());
    }

    @Test
    void nothingToAppendLeavesAnUnterminatedFileAlone() throws Exception {
        Path file = eventsFile();
        SetupPlanEventLines existing = new SetupPlanEventLines()
                .json(foreignLine("a", "SpecifyCompleted", "001-checkout", "spec.md"))
                .json(foreignLine("b", "PlanStarted", "001-checkout", null)).unterminated();
        givenEventsFile(file, existing);
        assertEquals(List.of(), events().appendMissing(file, candidates(false, 1)).appended());
        assertArrayEquals(existing.bytes(), tree().content(file).orElseThrow());
    }

    @Test
    void nothingToAppendCreatesNoFile() throws Exception {
        Path file = eventsFile();
        assertEquals(new LifecycleAppend(List.of(), List.of()), events().appendMissing(file, List.of()));
        assertFalse(tree().exists(file));
    }

    @Test
    void aMissingMissionDirectoryIsAnErrorAndIsNotCreated() {
        Path file = base.resolve("project/kitty-specs/001-checkout/status.events.jsonl");
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> events().appendMissing(file, candidates(false, 1)));
        assertEquals(file, error.path());
        assertFalse(tree().exists(file.getParent()));
    }

    @Test
    void concurrentAppendersWriteEachEventOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            MissionPaths mission = new MissionPaths(base.resolve("race" + round), SLUG);
            tree().directory(mission.missionDirectory());
            List<LifecycleEvent> mine = candidates(true, 100 + round);
            List<LifecycleEvent> theirs = candidates(true, 200 + round);
            Map<String, LifecycleEventType> known = new HashMap<>();
            mine.forEach(e -> known.put(e.toLine(), e.type()));
            theirs.forEach(e -> known.put(e.toLine(), e.type()));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<LifecycleAppend>> results = List.of(
                        pool.submit(() -> {
                            start.await();
                            return events().appendMissing(mission.eventsFile(), mine);
                        }),
                        pool.submit(() -> {
                            start.await();
                            return events().appendMissing(mission.eventsFile(), theirs);
                        }));
                start.countDown();
                int appended = results.get(0).get(10, TimeUnit.SECONDS).appended().size()
                        + results.get(1).get(10, TimeUnit.SECONDS).appended().size();
                assertEquals(3, appended);
            } finally {
                pool.shutdownNow();
            }
            String content = new String(tree().content(mission.eventsFile()).orElseThrow(), StandardCharsets.UTF_8);
            List<LifecycleEventType> written = content.lines().map(known::get).toList();
            assertEquals(3, written.size(), content);
            assertEquals(3, written.stream().distinct().filter(t -> t != null).count(), content);
        }
    }
}
