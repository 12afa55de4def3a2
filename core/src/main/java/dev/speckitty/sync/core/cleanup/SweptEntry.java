package dev.speckitty.sync.core.cleanup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One {@code swept[]} entry (cleanup.md §8.5). A swept process always had a pid. */
public record SweptEntry(long pid, int port, String packageVersion, Long protocolVersion,
                         CleanupClass cleanupClass, CleanupPath cleanupPath, String reason) {

    private static final String STALE_VERSION_SUFFIX = " stale-version";

    public SweptEntry {
        ListenerObservation.requirePositivePid(pid);
        ListenerObservation.requireTcpPort(port);
        Objects.requireNonNull(cleanupClass, "cleanupClass");
        Objects.requireNonNull(cleanupPath, "cleanupPath");
        Objects.requireNonNull(reason, "reason");
        if (cleanupClass == CleanupClass.NEVER_TOUCH) {
            throw new IllegalArgumentException("a never_touch record is never swept");
        }
    }

    /**
     * The entry for a record whose process ended by {@code cleanupPath}. {@code reason} is
     * {@code "<cleanup_class> stale-version"} when the record's package_version is known and differs from
     * the foreground's, else {@code "<cleanup_class>"}.
     */
    public static SweptEntry of(IdentityRecord record, CleanupPath cleanupPath, String foregroundPackageVersion) {
        Objects.requireNonNull(foregroundPackageVersion, "foregroundPackageVersion");
        if (record.pid() == null) {
            throw new IllegalArgumentException("a record without a pid cannot have been swept");
        }
        String reason = record.cleanupClass().wireName();
        if (record.packageVersion() != null && !record.packageVersion().equals(foregroundPackageVersion)) {
            reason += STALE_VERSION_SUFFIX;
        }
        return new SweptEntry(record.pid(), record.port(), record.packageVersion(), record.protocolVersion(),
                record.cleanupClass(), cleanupPath, reason);
    }

    /** The JSON keys of §8.5 in that order, nulls preserved. Unmodifiable. */
    public Map<String, Object> toWireMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pid", pid);
        map.put("port", port);
        map.put("package_version", packageVersion);
        map.put("protocol_version", protocolVersion);
        map.put("cleanup_class", cleanupClass.wireName());
        map.put("cleanup_path", cleanupPath.wireName());
        map.put("reason", reason);
        return Collections.unmodifiableMap(map);
    }
}
