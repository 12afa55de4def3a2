package dev.speckitty.sync.core.boundary;

/** The nine boundary failures of cli.md §3.3, in evaluation order. */
public enum FailureCode {
    OWNER_RECORD_UNREADABLE("owner_record_unreadable"),
    OWNER_MISMATCH("owner_mismatch"),
    ORPHAN_OWNER_RECORD("orphan_owner_record"),
    LEGACY_ROWS_PENDING("legacy_rows_pending"),
    QUEUE_DB_UNREADABLE("queue_db_unreadable"),
    SAAS_UNAUTHENTICATED("saas_unauthenticated"),
    LIVE_ORPHAN_DAEMONS("live_orphan_daemons"),
    DAEMON_SCAN_FAILED("daemon_scan_failed"),
    OWNER_RECORD_MISSING("owner_record_missing");

    private final String wireName;

    FailureCode(String wireName) {
        this.wireName = wireName;
    }

    /** The code as printed in JSON. */
    public String wireName() {
        return wireName;
    }
}
