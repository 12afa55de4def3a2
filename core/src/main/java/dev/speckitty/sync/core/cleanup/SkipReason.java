package dev.speckitty.sync.core.cleanup;

/** Why a listener is not swept automatically (cleanup.md §5); null exactly for {@code safe_auto}. */
public enum SkipReason {
    OUT_OF_RANGE("out_of_range"),
    DASHBOARD_FAMILY("dashboard_family"),
    THIRD_PARTY("third_party"),
    NOT_SPEC_KITTY("not_spec_kitty"),
    IS_RECORDED_SINGLETON("is_recorded_singleton"),
    PRE_MARKER("pre_marker"),
    CROSS_ROOT("cross_root"),
    UNRESPONSIVE("unresponsive"),
    PID_PORT_MISMATCH("pid_port_mismatch");

    private final String wireName;

    SkipReason(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, log lines and human output. */
    public String wireName() {
        return wireName;
    }
}
