package dev.speckitty.sync.core.cleanup;

/**
 * How a swept process ended (cleanup.md §8.3): the step that ended it, or {@code already_gone} when it had
 * exited before any signal was sent.
 */
public enum CleanupPath {
    HTTP_SHUTDOWN("http_shutdown"),
    TERMINATE("terminate"),
    KILL("kill"),
    ALREADY_GONE("already_gone");

    private final String wireName;

    CleanupPath(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, log lines and human output. */
    public String wireName() {
        return wireName;
    }
}
