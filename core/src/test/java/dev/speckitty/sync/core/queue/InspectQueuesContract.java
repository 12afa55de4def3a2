package dev.speckitty.sync.core.queue;

import static dev.speckitty.sync.core.testing.Rows.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.Rows;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link InspectQueues}: read-only, only existing files, missing tables count 0. */
public abstract class InspectQueuesContract {

    @TempDir
    protected Path dir;
    private QueueStoresUnderTest stores;
    private InspectQueues inspect;
    private QueueDatabaseFixture fixture;

    protected abstract QueueStoresUnderTest stores();

    @BeforeEach
    void setUp() {
        stores = stores();
        inspect = stores.inspectQueues();
        fixture = stores.fixture();
    }

    @Test
    void a_missing_file_is_reported_missing_and_never_created() {
        Path db = dir.resolve("queue.db");
        assertEquals(QueueInspection.missing(db), inspect.inspect(db));
        assertFalse(inspect.hasBodyUploadsForMission(db, "012-my-mission"));
        assertEquals(List.of(), inspect.quarantine(db));
        assertFalse(fixture.exists(db));
    }

    @Test
    void a_file_that_is_not_a_database_is_unreadable_with_a_one_line_reason() {
        Path db = dir.resolve("queue.db");
        fixture.createNotADatabase(db);
        assertEquals(QueueInspection.unreadable(db, "file is not a database"), inspect.inspect(db));
        assertFalse(inspect.hasBodyUploadsForMission(db, "012-my-mission"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> inspect.quarantine(db));
        assertEquals(db + " could not be read: file is not a database", e.getCause().getMessage());
    }

    @Test
    void counts_every_queue_table_and_missing_tables_count_zero() {
        Path db = dir.resolve("queue.db");
        fixture.createLegacy(db, List.of(Rows.queue(event(1, "a", "T", "{}"), event(2, "b", "T", "{}")),
                Rows.bodies(Rows.body(1, "012-m", "spec.md", "x"))));
        assertEquals(new QueueInspection(db, true, null, 2L, 1L, 0L, 0L), inspect.inspect(db));
    }

    @Test
    void the_stranded_mission_check_reads_march_era_column_names() {
        Path db = dir.resolve("queue.db");
        fixture.createLegacy(db, List.of(new LegacyTable("body_upload_queue", Rows.OLD_BODY_COLUMNS, List.of(
                Rows.body(1, "x", "spec.md", "b").without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-my-mission"))
                        .with("mission_key", CellValue.text("software-dev"))))));
        assertTrue(inspect.hasBodyUploadsForMission(db, "012-my-mission"));
        assertFalse(inspect.hasBodyUploadsForMission(db, "013-other-mission"));
    }

    @Test
    void quarantine_lists_records_oldest_first_and_counts_them() throws Exception {
        Path scoped = dir.resolve("queues").resolve("queue-0123456789abcdef.db");
        QuarantineEntry first = new QuarantineEntry("queue", "{\"event_id\":\"e1\"}", "divergent_duplicate",
                "2026-05-17T16:42:00+00:00", "{\"a\":1}", "{\"a\":2}");
        QuarantineEntry second = new QuarantineEntry("body_upload_queue", "{\"rowid\":4}", "schema_incompatible",
                "2026-05-17T16:42:01+00:00", "{\"b\":1}", null);
        try (ScopedQueue queue = stores.scopedQueues().openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                tx.quarantine(first);
                tx.quarantine(second);
                return null;
            });
        }
        assertEquals(List.of(first, second), inspect.quarantine(scoped));
        assertEquals(Long.valueOf(2), inspect.inspect(scoped).quarantineCount());
    }

    @Test
    void diagnostics_of_a_missing_or_unreadable_file_are_empty() {
        Path db = dir.resolve("queue.db");
        assertEquals(QueueDiagnostics.EMPTY, inspect.diagnose(db));
        assertFalse(fixture.exists(db));
        fixture.createNotADatabase(db);
        assertEquals(QueueDiagnostics.EMPTY, inspect.diagnose(db));
    }

    @Test
    void diagnostics_name_the_oldest_event_the_top_five_types_and_the_five_latest_failures() {
        Path db = dir.resolve("queue.db");
        List<QueueRow> events = new java.util.ArrayList<>();
        String[] types = {"B", "A", "B", "C", "D", "E", "F", "B", "A", "C"};
        for (int i = 0; i < types.length; i++) {
            events.add(event(i + 1, "e" + i, types[i], "{}"));
        }
        List<QueueRow> failures = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            failures.add(Rows.failure(i, "spec-" + i + ".md", "too_large", i, 1779000000.0 + i, 1779000100.5 + (i % 3)));
        }
        fixture.createLegacy(db, List.of(new LegacyTable("queue", Rows.QUEUE_COLUMNS, events),
                new LegacyTable("body_upload_failure_log", Rows.FAILURE_COLUMNS, failures)));
        QueueDiagnostics diagnostics = inspect.diagnose(db);
        assertEquals(java.util.OptionalLong.of(1779091291L), diagnostics.oldestEventTimestamp());
        assertEquals(List.of(new QueueDiagnostics.EventTypeCount("B", 3), new QueueDiagnostics.EventTypeCount("A", 2),
                new QueueDiagnostics.EventTypeCount("C", 2), new QueueDiagnostics.EventTypeCount("D", 1),
                new QueueDiagnostics.EventTypeCount("E", 1)), diagnostics.topEventTypes());
        assertEquals(List.of("spec-5.md", "spec-2.md", "spec-4.md", "spec-1.md", "spec-6.md"),
                diagnostics.recentBodyUploadFailures().stream()
                        .map(QueueDiagnostics.RecentBodyUploadFailure::artifactPath).toList(),
                "by last_failed_at descending, the later row first among equals");
        assertEquals(new QueueDiagnostics.RecentBodyUploadFailure("spec-5.md", "012-my-mission", 5, "too_large",
                1779000102.5), diagnostics.recentBodyUploadFailures().get(0));
    }

    @Test
    void diagnostics_read_march_era_failure_logs_through_the_column_mapping() {
        Path db = dir.resolve("queue.db");
        List<String> oldColumns = Rows.FAILURE_COLUMNS.stream()
                .map(c -> c.equals("mission_slug") ? "feature_slug" : c.equals("mission_type") ? "mission_key" : c)
                .toList();
        QueueRow failure = Rows.failure(1, "plan.md", "rejected", 2, 1.0, 2.0).without("mission_slug")
                .without("mission_type").with("feature_slug", CellValue.text("011-old"))
                .with("mission_key", CellValue.text("software-dev"));
        fixture.createLegacy(db, List.of(new LegacyTable("body_upload_failure_log", oldColumns, List.of(failure))));
        QueueDiagnostics diagnostics = inspect.diagnose(db);
        assertEquals(java.util.OptionalLong.empty(), diagnostics.oldestEventTimestamp());
        assertEquals(List.of(new QueueDiagnostics.RecentBodyUploadFailure("plan.md", "011-old", 2, "rejected", 2.0)),
                diagnostics.recentBodyUploadFailures());
    }
}
