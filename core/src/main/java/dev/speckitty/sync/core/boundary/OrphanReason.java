package dev.speckitty.sync.core.boundary;

/** Why a readable owner record is an orphan (daemon.md §10), in reporting order. */
public enum OrphanReason {
    PID_NOT_ALIVE("pid_not_alive"),
    PID_RECYCLED("pid_recycled"),
    EXECUTABLE_MISSING("executable_missing"),
    EXECUTABLE_UNVERIFIABLE("executable_unverifiable");

    private final String wireName;

    OrphanReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
