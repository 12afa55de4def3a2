package dev.speckitty.sync.core.cleanup;

/**
 * The {@code owner} object of a health response as a probe saw it (cleanup.md §3.1 step 2). Each field is
 * null when absent or not of the expected JSON type (integers for pid and port, strings otherwise).
 */
public record HealthOwner(Integer pid, Integer port, String queueDbPath, String authScope, String serverUrl) {

    /** An {@code owner} object without any usable field. */
    public static final HealthOwner EMPTY = new HealthOwner(null, null, null, null, null);
}
