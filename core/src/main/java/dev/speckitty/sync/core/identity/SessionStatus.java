package dev.speckitty.sync.core.identity;

/** Outcome of reading the encrypted session (on-disk.md §5.4). */
public enum SessionStatus {
    ABSENT("absent"),
    VALID("valid"),
    EXPIRED("expired"),
    NO_PRIVATE_TEAMSPACE("no_private_teamspace"),
    REJECTED("rejected");

    private final String wireName;

    SessionStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
