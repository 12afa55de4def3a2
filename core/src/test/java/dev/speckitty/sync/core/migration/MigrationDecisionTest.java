package dev.speckitty.sync.core.migration;

import static dev.speckitty.sync.core.testing.Rows.event;
import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.migration.MigrationDecision.Action;
import dev.speckitty.sync.core.migration.MigrationDecision.Decision;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.FailureCounts;
import dev.speckitty.sync.core.queue.QuarantineReason;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.RowOutcome;
import dev.speckitty.sync.core.testing.Rows;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per row of on-disk.md §7.3. */
class MigrationDecisionTest {

    private static final QueueRow LEGACY = event(1, "e1", "WPCreated", "{\"a\":1}");

    private static Decision decide(QueueTable table, QueueRow legacy, QueueRow scoped) {
        return MigrationDecision.decide(table, false, true, legacy, Optional.ofNullable(scoped));
    }

    @Test
    void row_1_schema_incompatible_wins_over_everything() {
        Decision d = MigrationDecision.decide(QueueTable.QUEUE, true, false, LEGACY, Optional.empty());
        assertEquals(Action.QUARANTINE, d.action());
        assertEquals(Optional.of(QuarantineReason.SCHEMA_INCOMPATIBLE), d.reason());
        assertEquals(RowOutcome.QUARANTINED, d.outcome());
    }

    @Test
    void row_2_an_incomplete_key_is_invalid() {
        assertEquals(Optional.of(QuarantineReason.INVALID_KEY),
                MigrationDecision.decide(QueueTable.QUEUE, false, false, LEGACY, Optional.empty()).reason());
    }

    @Test
    void row_3_no_scoped_row_is_an_insert() {
        Decision d = decide(QueueTable.QUEUE, LEGACY, null);
        assertEquals(Action.INSERT, d.action());
        assertEquals(RowOutcome.COPIED, d.outcome());
    }

    @Test
    void row_4_events_with_equal_type_and_data_are_duplicates_whatever_else_differs() {
        QueueRow scoped = LEGACY.with("id", CellValue.integer(99)).with("retry_count", CellValue.integer(3))
                .with("timestamp", CellValue.integer(5));
        assertEquals(Action.SKIP_DUPLICATE, decide(QueueTable.QUEUE, LEGACY, scoped).action());
        assertEquals(RowOutcome.DUPLICATE, decide(QueueTable.QUEUE, LEGACY, scoped).outcome());
    }

    @Test
    void row_5_bodies_with_equal_content_are_duplicates() {
        QueueRow legacy = Rows.body(1, "m", "spec.md", "text");
        assertEquals(Action.SKIP_DUPLICATE, decide(QueueTable.BODY_UPLOAD_QUEUE, legacy,
                legacy.with("retry_count", CellValue.integer(2))).action());
    }

    @Test
    void row_6_failure_logs_merge_counts_and_time_bounds() {
        QueueRow scoped = Rows.failure(1, "n.md", "r", 2, 100.0, 200.0);
        QueueRow legacy = Rows.failure(5, "n.md", "r", 3, 50.0, 150.0);
        Decision d = decide(QueueTable.BODY_UPLOAD_FAILURE_LOG, legacy, scoped);
        assertEquals(Action.MERGE_FAILURE_LOG, d.action());
        assertEquals(Optional.of(new FailureCounts(CellValue.integer(5), CellValue.real(50.0), CellValue.real(200.0))),
                d.merged());
        assertEquals(RowOutcome.MERGED, d.outcome());
    }

    @Test
    void row_6_a_real_count_sums_as_real_and_an_overflow_does_not_wrap() {
        QueueRow scoped = Rows.failure(1, "n.md", "r", 2, 100.0, 200.0).with("failure_count", CellValue.real(1.5));
        assertEquals(CellValue.real(4.5), MigrationDecision.merge(scoped, Rows.failure(2, "n.md", "r", 3, 1, 2))
                .orElseThrow().failureCount());
        QueueRow huge = Rows.failure(1, "n.md", "r", Long.MAX_VALUE, 1.0, 2.0);
        assertEquals(CellValue.real((double) Long.MAX_VALUE + 1.0),
                MigrationDecision.merge(huge, Rows.failure(2, "n.md", "r", 1, 1, 2)).orElseThrow().failureCount());
    }

    @Test
    void row_7_a_failure_log_that_cannot_be_merged_is_divergent() {
        QueueRow scoped = Rows.failure(1, "n.md", "r", 2, 100.0, 200.0);
        QueueRow legacy = Rows.failure(5, "n.md", "r", 3, 50.0, 150.0).with("failure_count", CellValue.text("three"));
        assertEquals(Optional.of(QuarantineReason.DIVERGENT_DUPLICATE),
                decide(QueueTable.BODY_UPLOAD_FAILURE_LOG, legacy, scoped).reason());
    }

    @Test
    void row_7_different_content_under_one_key_is_divergent() {
        assertEquals(Optional.of(QuarantineReason.DIVERGENT_DUPLICATE),
                decide(QueueTable.QUEUE, LEGACY, LEGACY.with("data", CellValue.text("{\"a\":2}"))).reason());
        assertEquals(Optional.of(QuarantineReason.DIVERGENT_DUPLICATE),
                decide(QueueTable.QUEUE, LEGACY, LEGACY.with("event_type", CellValue.text("Other"))).reason());
        assertEquals(Optional.of(QuarantineReason.DIVERGENT_DUPLICATE),
                decide(QueueTable.BODY_UPLOAD_QUEUE, Rows.body(1, "m", "a", "x"), Rows.body(1, "m", "a", "y")).reason());
        assertEquals(Optional.of(QuarantineReason.DIVERGENT_DUPLICATE),
                decide(QueueTable.QUEUE, row("event_type", "T", "data", 1L), row("event_type", "T", "data", "1")).reason(),
                "storage classes count: INTEGER 1 is not TEXT '1'");
    }
}
