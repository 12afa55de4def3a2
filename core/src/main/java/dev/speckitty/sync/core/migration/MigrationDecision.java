package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.FailureCounts;
import dev.speckitty.sync.core.queue.QuarantineReason;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.RowOutcome;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-row decision of on-disk.md §7.3, first match wins. Pure: it sees the legacy row (as it reads after
 * the column mapping), whether its key is complete, and the scoped row with the same key.
 *
 * <pre>
 * 1 table schema_incompatible            → quarantine (schema_incompatible)
 * 2 a key column is NULL                 → quarantine (invalid_key)
 * 3 no scoped row with this key          → insert (a constraint rejection becomes insert_failed)
 * 4 queue: equal event_type and data     → duplicate
 * 5 body_upload_queue: equal content_body→ duplicate
 * 6 body_upload_failure_log              → merge counts (decided here: non-numeric counts or times
 *                                          cannot be merged and fall through to 7)
 * 7 otherwise                            → quarantine (divergent_duplicate)
 * </pre>
 */
public final class MigrationDecision {

    /** What to do with one row. */
    public enum Action { INSERT, SKIP_DUPLICATE, MERGE_FAILURE_LOG, QUARANTINE }

    /** A decision; {@code reason} is set for QUARANTINE, {@code merged} for MERGE_FAILURE_LOG. */
    public record Decision(Action action, Optional<QuarantineReason> reason, Optional<FailureCounts> merged) {
        public Decision {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(merged, "merged");
            if ((action == Action.QUARANTINE) != reason.isPresent()
                    || (action == Action.MERGE_FAILURE_LOG) != merged.isPresent()) {
                throw new IllegalArgumentException("reason only for QUARANTINE, merged only for MERGE");
            }
        }

        static Decision of(Action action) {
            return new Decision(action, Optional.empty(), Optional.empty());
        }

        static Decision quarantine(QuarantineReason reason) {
            return new Decision(Action.QUARANTINE, Optional.of(reason), Optional.empty());
        }

        /** The ledger outcome this decision leads to when its write succeeds. */
        public RowOutcome outcome() {
            return switch (action) {
                case INSERT -> RowOutcome.COPIED;
                case SKIP_DUPLICATE -> RowOutcome.DUPLICATE;
                case MERGE_FAILURE_LOG -> RowOutcome.MERGED;
                case QUARANTINE -> RowOutcome.QUARANTINED;
            };
        }
    }

    private MigrationDecision() {
    }

    public static Decision decide(QueueTable table, boolean schemaIncompatible, boolean keyComplete,
                                  QueueRow legacy, Optional<QueueRow> scoped) {
        if (schemaIncompatible) {
            return Decision.quarantine(QuarantineReason.SCHEMA_INCOMPATIBLE);
        }
        if (!keyComplete) {
            return Decision.quarantine(QuarantineReason.INVALID_KEY);
        }
        if (scoped.isEmpty()) {
            return Decision.of(Action.INSERT);
        }
        QueueRow existing = scoped.get();
        switch (table) {
            case QUEUE -> {
                if (same(legacy, existing, "event_type") && same(legacy, existing, "data")) {
                    return Decision.of(Action.SKIP_DUPLICATE);
                }
            }
            case BODY_UPLOAD_QUEUE -> {
                if (same(legacy, existing, "content_body")) {
                    return Decision.of(Action.SKIP_DUPLICATE);
                }
            }
            case BODY_UPLOAD_FAILURE_LOG -> {
                Optional<FailureCounts> merged = merge(existing, legacy);
                if (merged.isPresent()) {
                    return new Decision(Action.MERGE_FAILURE_LOG, Optional.empty(), merged);
                }
            }
        }
        return Decision.quarantine(QuarantineReason.DIVERGENT_DUPLICATE);
    }

    private static boolean same(QueueRow a, QueueRow b, String column) {
        return a.valueOrNull(column).equals(b.valueOrNull(column));
    }

    /**
     * {@code failure_count = scoped + legacy}, {@code first_failed_at = min}, {@code last_failed_at = max};
     * empty when any of the six values is not a number. Two INTEGER counts add as INTEGER (as REAL if the sum
     * overflows); otherwise the sum is REAL. min/max keep the winning cell (the scoped one on a tie).
     */
    static Optional<FailureCounts> merge(QueueRow scoped, QueueRow legacy) {
        CellValue scopedCount = scoped.valueOrNull("failure_count");
        CellValue legacyCount = legacy.valueOrNull("failure_count");
        CellValue scopedFirst = scoped.valueOrNull("first_failed_at");
        CellValue legacyFirst = legacy.valueOrNull("first_failed_at");
        CellValue scopedLast = scoped.valueOrNull("last_failed_at");
        CellValue legacyLast = legacy.valueOrNull("last_failed_at");
        if (!(scopedCount.isNumeric() && legacyCount.isNumeric() && scopedFirst.isNumeric()
                && legacyFirst.isNumeric() && scopedLast.isNumeric() && legacyLast.isNumeric())) {
            return Optional.empty();
        }
        CellValue first = number(legacyFirst) < number(scopedFirst) ? legacyFirst : scopedFirst;
        CellValue last = number(legacyLast) > number(scopedLast) ? legacyLast : scopedLast;
        return Optional.of(new FailureCounts(sum(scopedCount, legacyCount), first, last));
    }

    private static CellValue sum(CellValue a, CellValue b) {
        if (a instanceof CellValue.IntegerCell x && b instanceof CellValue.IntegerCell y) {
            try {
                return CellValue.integer(Math.addExact(x.value(), y.value()));
            } catch (ArithmeticException overflow) {
                return CellValue.real((double) x.value() + (double) y.value());
            }
        }
        return CellValue.real(number(a) + number(b));
    }

    private static double number(CellValue value) {
        if (value instanceof CellValue.IntegerCell i) {
            return i.value();
        }
        return ((CellValue.RealCell) value).value();
    }
}
