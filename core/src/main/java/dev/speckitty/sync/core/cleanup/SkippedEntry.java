package dev.speckitty.sync.core.cleanup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One {@code skipped[]} entry (cleanup.md §8.5): an operator_required record left alone without force. */
public record SkippedEntry(Long pid, int port, String packageVersion, CleanupClass cleanupClass,
                           SkipReason skipReason) {

    public SkippedEntry {
        ListenerObservation.requirePositivePid(pid);
        ListenerObservation.requireTcpPort(port);
        if (cleanupClass != CleanupClass.OPERATOR_REQUIRED) {
            throw new IllegalArgumentException("only operator_required records are skipped: " + cleanupClass);
        }
        Objects.requireNonNull(skipReason, "skipReason");
    }

    public static SkippedEntry of(IdentityRecord record) {
        return new SkippedEntry(record.pid(), record.port(), record.packageVersion(), record.cleanupClass(),
                record.skipReason());
    }

    /** The JSON keys of §8.5 in that order, nulls preserved. Unmodifiable. */
    public Map<String, Object> toWireMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pid", pid);
        map.put("port", port);
        map.put("package_version", packageVersion);
        map.put("cleanup_class", cleanupClass.wireName());
        map.put("skip_reason", skipReason.wireName());
        return Collections.unmodifiableMap(map);
    }
}
