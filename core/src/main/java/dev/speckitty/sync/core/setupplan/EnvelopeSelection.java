package dev.speckitty.sync.core.setupplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The selection rule of cli.md §14.5: for each event type emitted in this invocation, the first matching line of
 * {@code status.events.jsonl} (just appended or already present) yields one envelope. A matching line that
 * cannot yield one (no string event_id, unreadable timestamp) is reported in {@link #unusable} instead, for the
 * command to log as a warning (decided here: the other envelopes are still queued).
 */
public record EnvelopeSelection(List<EnvelopeDraft> drafts, List<String> unusable) {

    public EnvelopeSelection {
        drafts = List.copyOf(drafts);
        unusable = List.copyOf(unusable);
    }

    public static EnvelopeSelection select(List<LifecycleEventType> emitted, MissionSlug slug,
            List<JsonValue.Obj> lines, ProjectConfig config) {
        List<EnvelopeDraft> drafts = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (LifecycleEventType type : emitted) {
            Optional<JsonValue.Obj> line = LifecycleLog.firstMatch(lines, type, slug);
            if (line.isEmpty()) {
                unusable.add(type.wireName() + " has no line in " + MissionPaths.EVENTS_FILE + "; not queued");
                continue;
            }
            try {
                drafts.add(EnvelopeDraft.fromLocalLine(line.get(), config));
            } catch (IllegalArgumentException reason) {
                unusable.add(type.wireName() + " line in " + MissionPaths.EVENTS_FILE + " cannot be queued: "
                        + reason.getMessage());
            }
        }
        return new EnvelopeSelection(drafts, unusable);
    }
}
