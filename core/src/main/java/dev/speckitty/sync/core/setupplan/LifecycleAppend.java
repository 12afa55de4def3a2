package dev.speckitty.sync.core.setupplan;

import java.util.List;

/**
 * The result of appending to {@code status.events.jsonl}: the event types appended now (in emission order), and
 * every parseable line of the file after the append, in file order (unparseable lines are left out). The lines
 * feed the envelope selection of cli.md §14.5.
 */
public record LifecycleAppend(List<LifecycleEventType> appended, List<JsonValue.Obj> lines) {
    public LifecycleAppend {
        appended = List.copyOf(appended);
        lines = List.copyOf(lines);
    }
}
