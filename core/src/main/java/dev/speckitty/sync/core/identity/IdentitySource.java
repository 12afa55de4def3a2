package dev.speckitty.sync.core.identity;

/** Where a resolved identity came from (on-disk.md §5.5). */
public enum IdentitySource {
    SESSION("session"),
    CREDENTIALS("credentials");

    private final String wireName;

    IdentitySource(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON and human output. */
    public String wireName() {
        return wireName;
    }
}
