package dev.speckitty.sync.core.boundary;

/** The foreground/daemon fields compared by the mismatch policy, in the canonical order of daemon.md §9.1. */
public enum ComparedField {
    PACKAGE_VERSION("package_version"),
    EXECUTABLE_PATH("executable_path"),
    SOURCE_CHECKOUT_PATH("source_checkout_path"),
    SERVER_URL("server_url"),
    AUTH_SCOPE("auth_scope"),
    QUEUE_DB_PATH("queue_db_path");

    private final String wireName;

    ComparedField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
