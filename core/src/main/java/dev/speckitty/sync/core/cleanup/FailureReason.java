package dev.speckitty.sync.core.cleanup;

/** Why a record passed to a sweep ended in {@code failed[]} (cleanup.md §8.5). */
public enum FailureReason {
    LOCK_UNAVAILABLE("lock_unavailable"),
    REFUSED_BY_GUARD("refused_by_guard"),
    IDENTITY_CHANGED_BEFORE_SIGNAL("identity_changed_before_signal"),
    ACCESS_DENIED_ON_TERMINATE("access_denied_on_terminate"),
    ACCESS_DENIED_ON_KILL("access_denied_on_kill"),
    STILL_ALIVE_AFTER_KILL("still_alive_after_kill"),
    PROCESS_GONE_BUT_PORT_STILL_LISTENING("process_gone_but_port_still_listening"),
    UNKNOWN_FAILURE("unknown_failure");

    private final String wireName;

    FailureReason(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, log lines and human output. */
    public String wireName() {
        return wireName;
    }
}
