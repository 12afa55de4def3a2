package dev.speckitty.sync.core.setupplan;

/** Why a body upload candidate was not queued (cli.md §14.6), with its wire value. */
public enum SkipReason {
    UNSUPPORTED_FORMAT("unsupported_format"),
    OVERSIZED("oversized"),
    NOT_VALID_UTF8("not_valid_utf8"),
    EMPTY_CONTENT("empty_content"),
    /** Decided by the queue writer (on-disk.md §6.9), never by {@link BodyUploads#evaluate}. */
    QUEUE_FULL("queue_full");

    private final String wireValue;

    SkipReason(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The {@code reason} value of output and logs. */
    public String wireValue() {
        return wireValue;
    }
}
