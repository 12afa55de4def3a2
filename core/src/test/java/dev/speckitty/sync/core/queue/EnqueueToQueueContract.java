package dev.speckitty.sync.core.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link EnqueueToQueue} (on-disk.md §6.9). */
public abstract class EnqueueToQueueContract {

    @TempDir
    protected Path dir;
    private EnqueueToQueue enqueue;
    private QueueDatabaseFixture fixture;
    private Path scoped;

    protected abstract QueueStoresUnderTest stores();

    @BeforeEach
    void setUp() {
        QueueStoresUnderTest stores = stores();
        enqueue = stores.enqueueToQueue();
        fixture = stores.fixture();
        scoped = dir.resolve("queues").resolve("queue-0123456789abcdef.db");
    }

    private static QueuedEvent event(String id, long timestamp, String coalesceKey) {
        return new QueuedEvent(id, "WPCreated", "{\"event_id\":\"" + id + "\"}", timestamp,
                Optional.ofNullable(coalesceKey));
    }

    private List<String> eventIds() {
        return fixture.rows(scoped, "queue").stream()
                .map(r -> ((CellValue.TextCell) r.get("event_id").orElseThrow()).value()).toList();
    }

    private static EventEnqueueResult result(EventEnqueueResult.Outcome outcome) {
        return new EventEnqueueResult(outcome, 0, 100);
    }

    @Test
    void events_are_inserted_once_and_a_second_enqueue_of_the_same_id_is_a_no_op() throws Exception {
        assertEquals(List.of(result(EventEnqueueResult.Outcome.ENQUEUED), result(EventEnqueueResult.Outcome.ENQUEUED),
                        result(EventEnqueueResult.Outcome.ALREADY_QUEUED)),
                enqueue.enqueueEvents(scoped, List.of(event("e1", 10, null), event("e2", 11, null),
                        new QueuedEvent("e1", "Other", "{}", 99, Optional.empty())), 100));
        assertEquals(List.of("e1", "e2"), eventIds());
        assertEquals(CellValue.text("{\"event_id\":\"e1\"}"), fixture.rows(scoped, "queue").get(0).get("data")
                .orElseThrow());
        assertEquals(CellValue.integer(0), fixture.rows(scoped, "queue").get(0).get("retry_count").orElseThrow());
    }

    @Test
    void a_coalescing_event_takes_over_the_existing_row_in_place() throws Exception {
        enqueue.enqueueEvents(scoped, List.of(event("e1", 10, "k"), event("e2", 11, null)), 100);
        assertEquals(List.of(result(EventEnqueueResult.Outcome.COALESCED)),
                enqueue.enqueueEvents(scoped, List.of(event("e3", 12, "k")), 100));
        var first = fixture.rows(scoped, "queue").get(0);
        assertEquals(CellValue.integer(1), first.get("id").orElseThrow());
        assertEquals(CellValue.text("e3"), first.get("event_id").orElseThrow());
        assertEquals(CellValue.integer(12), first.get("timestamp").orElseThrow());
        assertEquals(List.of("e3", "e2"), eventIds());
    }

    @Test
    void at_the_cap_the_oldest_events_are_evicted_and_the_warning_says_how_many() throws Exception {
        enqueue.enqueueEvents(scoped, List.of(event("late", 30, null), event("early", 10, null),
                event("mid", 20, null)), 100);
        List<EventEnqueueResult> results = enqueue.enqueueEvents(scoped, List.of(event("new", 40, null)), 2);
        assertEquals(List.of(new EventEnqueueResult(EventEnqueueResult.Outcome.ENQUEUED, 2, 2)), results);
        assertEquals(List.of("late", "new"), eventIds());
        assertEquals("Offline queue at capacity (2 events). Evicted 2 oldest event(s) to make room.\n"
                        + "  Check auth and connectivity: spec-kitty sync status --check\n"
                        + "  Drain the queue manually:    spec-kitty sync now",
                results.get(0).capacityWarning().orElseThrow());
    }

    @Test
    void body_uploads_are_insert_or_ignore_and_never_evict() throws Exception {
        BodyUpload spec = upload("spec.md");
        assertEquals(List.of(BodyUploadOutcome.ENQUEUED, BodyUploadOutcome.ALREADY_QUEUED, BodyUploadOutcome.ENQUEUED,
                        BodyUploadOutcome.QUEUE_FULL),
                enqueue.enqueueBodyUploads(scoped, List.of(spec, spec, upload("plan.md"), upload("tasks.md")), 2));
        var stored = fixture.rows(scoped, "body_upload_queue");
        assertEquals(2, stored.size());
        assertEquals(CellValue.real(0.0), stored.get(0).get("next_attempt_at").orElseThrow());
        assertEquals(CellValue.real(1779094800.123456), stored.get(0).get("created_at").orElseThrow());
        assertEquals(CellValue.text("Naïve — café"), stored.get(0).get("content_body").orElseThrow());
        assertTrue(fixture.exists(scoped));
    }

    private static BodyUpload upload(String path) {
        return new BodyUpload("p-1", "012-my-mission", "main", "software-dev", "1", path, "h-" + path, "sha256",
                "Naïve — café", 15, 1779094800.123456);
    }
}
