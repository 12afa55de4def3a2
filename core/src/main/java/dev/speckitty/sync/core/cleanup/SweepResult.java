package dev.speckitty.sync.core.cleanup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one sweep: {@code reset_result} of {@code auth doctor --reset} and {@code reap} of ensure
 * (cleanup.md §8.5, §10; daemon.md §3.4). Every record passed to a sweep lands in exactly one list.
 */
public record SweepResult(List<SweptEntry> swept, List<SkippedEntry> skipped, List<FailedEntry> failed) {

    public static final SweepResult EMPTY = new SweepResult(List.of(), List.of(), List.of());

    public SweepResult {
        swept = List.copyOf(swept);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** {@code {"swept": [...], "skipped": [...], "failed": [...]}} with entry maps in list order. */
    public Map<String, Object> toWireMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("swept", swept.stream().map(SweptEntry::toWireMap).toList());
        map.put("skipped", skipped.stream().map(SkippedEntry::toWireMap).toList());
        map.put("failed", failed.stream().map(FailedEntry::toWireMap).toList());
        return Collections.unmodifiableMap(map);
    }
}
