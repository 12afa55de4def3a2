package dev.speckitty.sync.core.queue;

import java.util.Arrays;

/** What the migration did with one legacy row; the {@code outcome} column of the ledger (on-disk.md §6.6). */
public enum RowOutcome {
    COPIED("copied"),
    DUPLICATE("duplicate"),
    MERGED("merged"),
    QUARANTINED("quarantined");

    private final String text;

    RowOutcome(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static RowOutcome fromText(String text) {
        return Arrays.stream(values()).filter(o -> o.text.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ledger outcome: " + text));
    }
}
