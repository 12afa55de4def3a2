package dev.speckitty.sync.core.cleanup;

/** What cleanup may do with a discovered listener (cleanup.md §5, decided by the §7 table). */
public enum CleanupClass {
    SAFE_AUTO("safe_auto"),
    OPERATOR_REQUIRED("operator_required"),
    NEVER_TOUCH("never_touch");

    private final String wireName;

    CleanupClass(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, log lines and human output. */
    public String wireName() {
        return wireName;
    }
}
