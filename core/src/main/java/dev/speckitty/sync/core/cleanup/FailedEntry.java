package dev.speckitty.sync.core.cleanup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One {@code failed[]} entry (cleanup.md §8.5). The pid may be null for a record the guard refused. */
public record FailedEntry(Long pid, int port, String packageVersion, CleanupClass cleanupClass,
                          FailureReason failureReason) {

    public FailedEntry {
        ListenerObservation.requirePositivePid(pid);
        ListenerObservation.requireTcpPort(port);
        Objects.requireNonNull(cleanupClass, "cleanupClass");
        Objects.requireNonNull(failureReason, "failureReason");
    }

    public static FailedEntry of(IdentityRecord record, FailureReason failureReason) {
        return new FailedEntry(record.pid(), record.port(), record.packageVersion(), record.cleanupClass(),
                failureReason);
    }

    /** The JSON keys of §8.5 in that order, nulls preserved. Unmodifiable. */
    public Map<String, Object> toWireMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pid", pid);
        map.put("port", port);
        map.put("package_version", packageVersion);
        map.put("cleanup_class", cleanupClass.wireName());
        map.put("failure_reason", failureReason.wireName());
        return Collections.unmodifiableMap(map);
    }
}
