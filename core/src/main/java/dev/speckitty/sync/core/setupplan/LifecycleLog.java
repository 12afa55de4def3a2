package dev.speckitty.sync.core.setupplan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The pure rules over the lines of {@code status.events.jsonl} (on-disk.md §10.2, cli.md §14.5). */
public final class LifecycleLog {

    private LifecycleLog() {
    }

    /**
     * The candidates to append: those no existing (parseable) line matches, at most one per event type, in the
     * candidates' order.
     */
    public static List<LifecycleEvent> missing(List<JsonValue.Obj> existingLines, List<LifecycleEvent> candidates) {
        List<LifecycleEvent> missing = new ArrayList<>();
        Set<LifecycleEventType> seen = EnumSet.noneOf(LifecycleEventType.class);
        for (LifecycleEvent candidate : candidates) {
            if (seen.add(candidate.type())
                    && firstMatch(existingLines, candidate.type(), candidate.missionSlug()).isEmpty()) {
                missing.add(candidate);
            }
        }
        return List.copyOf(missing);
    }

    /** The first line, in file order, that matches the event type for this mission (§10.2 idempotency match). */
    public static Optional<JsonValue.Obj> firstMatch(List<JsonValue.Obj> lines, LifecycleEventType type,
            MissionSlug slug) {
        return lines.stream().filter(line -> type.matches(line, slug)).findFirst();
    }
}
