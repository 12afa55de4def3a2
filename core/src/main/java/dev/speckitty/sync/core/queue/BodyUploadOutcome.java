package dev.speckitty.sync.core.queue;

/** What enqueueing one body upload did (on-disk.md §6.9). */
public enum BodyUploadOutcome {
    /** The row was inserted. */
    ENQUEUED("enqueued"),
    /** The UNIQUE key was already queued; nothing changed. */
    ALREADY_QUEUED("already_queued"),
    /** The table holds {@code cap} rows or more; nothing inserted, nothing evicted. */
    QUEUE_FULL("queue_full");

    private final String text;

    BodyUploadOutcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
