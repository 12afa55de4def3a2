package dev.speckitty.sync.core.boundary;

/** The owner record state of cli.md §3.1, decided in this order: absent, unreadable, orphan, present. */
public enum OwnerRecordState {
    ABSENT("absent"),
    UNREADABLE("unreadable"),
    /** Readable, and at least one orphan reason applies (daemon.md §10). */
    ORPHAN("orphan"),
    /** Readable and not an orphan. */
    PRESENT("present");

    private final String wireName;

    OwnerRecordState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
