package dev.speckitty.sync.core.cleanup;

/**
 * Which evidence decided a listener's classification: the {@code identity_source} of cleanup.md §4/§5.
 * Named apart from {@code core.identity.IdentitySource} (where a login came from). {@code OWNER_RECORD} is
 * reserved: {@code owner.json} is never identity authority, so the classifier never produces it.
 */
public enum EvidenceSource {
    HEALTH_SELF_REPORT("health_self_report"),
    CMDLINE_MARKER("cmdline_marker"),
    OWNER_RECORD("owner_record"),
    NONE("none");

    private final String wireName;

    EvidenceSource(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON, log lines and human output. */
    public String wireName() {
        return wireName;
    }
}
