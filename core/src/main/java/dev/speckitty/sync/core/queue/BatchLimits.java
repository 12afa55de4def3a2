package dev.speckitty.sync.core.queue;

/**
 * When a migration batch is full (on-disk.md §7.2 step 5.2): after {@code maxRows} rows or as soon as the
 * snapshotted bytes reach {@code maxBytes}; a batch always holds at least one row.
 */
public record BatchLimits(int maxRows, long maxBytes) {

    /** 500 rows or 16 MiB. */
    public static final BatchLimits DEFAULT = new BatchLimits(500, 16L * 1024 * 1024);

    public BatchLimits {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("batch limits must be positive");
        }
    }

    /** Whether a batch holding {@code rows} rows of {@code bytes} snapshotted bytes takes no further row. */
    public boolean full(int rows, long bytes) {
        return rows >= maxRows || (rows >= 1 && bytes >= maxBytes);
    }
}
