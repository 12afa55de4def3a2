package dev.speckitty.sync.core.queue;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Read-only counts of one queue DB (cli.md §5.3). A missing file is {@code exists=false} with zero counts;
 * a file that cannot be opened or queried has {@code unreadableReason} set and null counts. A missing table
 * counts 0; legacy files are read through the column mapping of on-disk.md §6.7.
 */
public record QueueInspection(
        Path path,
        boolean exists,
        String unreadableReason,
        Long eventCount,
        Long bodyUploadCount,
        Long failureLogCount,
        Long quarantineCount) {

    public QueueInspection {
        Objects.requireNonNull(path, "path");
    }

    public static QueueInspection missing(Path path) {
        return new QueueInspection(path, false, null, 0L, 0L, 0L, 0L);
    }

    public static QueueInspection unreadable(Path path, String reason) {
        return new QueueInspection(path, true, reason, null, null, null, null);
    }

    public boolean readable() {
        return unreadableReason == null;
    }

    /** Events + body uploads + failure-log rows; 0 when unreadable. */
    public long rowsInScope() {
        return readable() ? eventCount + bodyUploadCount + failureLogCount : 0L;
    }
}
