package dev.speckitty.sync.core.queue;

/** The {@code reason} column of {@code migration_quarantine} (on-disk.md §6.5). */
public enum QuarantineReason {
    DIVERGENT_DUPLICATE("divergent_duplicate"),
    INSERT_FAILED("insert_failed"),
    INVALID_KEY("invalid_key"),
    SCHEMA_INCOMPATIBLE("schema_incompatible");

    private final String text;

    QuarantineReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
