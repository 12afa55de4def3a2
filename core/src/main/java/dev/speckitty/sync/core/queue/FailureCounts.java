package dev.speckitty.sync.core.queue;

import java.util.Objects;

/** The three columns a failure-log merge writes (on-disk.md §7.3 row 6). */
public record FailureCounts(CellValue failureCount, CellValue firstFailedAt, CellValue lastFailedAt) {
    public FailureCounts {
        Objects.requireNonNull(failureCount, "failureCount");
        Objects.requireNonNull(firstFailedAt, "firstFailedAt");
        Objects.requireNonNull(lastFailedAt, "lastFailedAt");
    }
}
