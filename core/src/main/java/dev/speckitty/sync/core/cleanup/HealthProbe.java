package dev.speckitty.sync.core.cleanup;

/**
 * What {@code GET /api/health} on a scanned port yielded (cleanup.md §3.1 step 2). {@code responded} is
 * true iff the status was 200 and the body a UTF-8 JSON object; every other field is null when absent or
 * not of its JSON type, and always null without a response. The token is never part of it.
 *
 * @param owner the {@code owner} object, or null when the response had none (or it was not an object)
 */
public record HealthProbe(boolean responded, Integer protocolVersion, String packageVersion,
                          String daemonFamily, String singletonScopeId, HealthOwner owner) {

    /** No connection, timeout, non-200 status or a body that is not a JSON object. */
    public static final HealthProbe NO_RESPONSE = new HealthProbe(false, null, null, null, null, null);

    public HealthProbe {
        if (!responded && (protocolVersion != null || packageVersion != null || daemonFamily != null
                || singletonScopeId != null || owner != null)) {
            throw new IllegalArgumentException("a health probe without a response carries no fields");
        }
    }
}
