package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.LifecycleAppend;
import dev.speckitty.sync.core.setupplan.LifecycleEvent;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.LifecycleLog;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LifecycleEventLog} over a {@link SetupPlanProjectTree}. Core has no JSON parser, so this fake "parses" a
 * line by looking up its exact text among the lines it wrote or was told about ({@link #learn}); any other text
 * counts as unparseable, which is what the contract's unparseable lines are.
 */
public final class InMemoryLifecycleEventLog implements LifecycleEventLog {
    private final SetupPlanProjectTree tree;
    private final Map<String, JsonValue.Obj> knownLines = new HashMap<>();

    public InMemoryLifecycleEventLog(SetupPlanProjectTree tree) {
        this.tree = tree;
    }

    /** Teaches the fake what these line texts mean. */
    public synchronized void learn(Map<String, JsonValue.Obj> lines) {
        knownLines.putAll(lines);
    }

    @Override
    public LifecycleAppend appendMissing(Path eventsFile, List<LifecycleEvent> candidates) throws ProjectFileException {
        synchronized (tree) {
            synchronized (this) {
                byte[] existing = tree.content(eventsFile).orElse(new byte[0]);
                if (tree.exists(eventsFile) && tree.content(eventsFile).isEmpty()) {
                    throw new ProjectFileException(eventsFile, "not a regular file");
                }
                List<JsonValue.Obj> lines = parse(existing);
                List<LifecycleEvent> missing = LifecycleLog.missing(lines, candidates);
                if (missing.isEmpty()) {
                    return new LifecycleAppend(List.of(), lines);
                }
                if (!tree.isDirectory(eventsFile.getParent())) {
                    throw new ProjectFileException(eventsFile, "no such file or directory");
                }
                ByteArrayOutputStream appended = new ByteArrayOutputStream();
                appended.writeBytes(existing);
                if (existing.length > 0 && existing[existing.length - 1] != '\n') {
                    appended.write('\n');
                }
                List<JsonValue.Obj> after = new ArrayList<>(lines);
                for (LifecycleEvent event : missing) {
                    String line = event.toLine();
                    knownLines.put(line, event.toJson());
                    appended.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
                    after.add(event.toJson());
                }
                if (!tree.createNew(eventsFile, appended.toByteArray())) {
                    tree.overwrite(eventsFile, appended.toByteArray());
                }
                return new LifecycleAppend(missing.stream().map(LifecycleEvent::type).toList(), after);
            }
        }
    }

    private List<JsonValue.Obj> parse(byte[] content) {
        List<JsonValue.Obj> lines = new ArrayList<>();
        for (String text : new String(content, StandardCharsets.UTF_8).split("\n")) {
            Optional.ofNullable(knownLines.get(text)).ifPresent(lines::add);
        }
        return lines;
    }
}
