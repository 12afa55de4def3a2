package dev.speckitty.sync.core.identity;

/** Outcome of reading the legacy credentials TOML (on-disk.md §5.3, cleanup.md §10.2). */
public enum CredentialsStatus {
    ABSENT("absent"),
    VALID("valid"),
    /** Parses, but lacks {@code [user].username} or {@code [server].url}. */
    INCOMPLETE("incomplete"),
    /** Not valid TOML (or not valid UTF-8). */
    REJECTED("rejected");

    private final String wireName;

    CredentialsStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
