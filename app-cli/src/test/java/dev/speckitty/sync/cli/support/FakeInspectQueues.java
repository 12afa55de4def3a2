package dev.speckitty.sync.cli.support;

import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Queue inspections held in memory: a DB not given is missing. */
public final class FakeInspectQueues implements InspectQueues {
    private final Map<Path, QueueInspection> inspections = new HashMap<>();
    private final Map<Path, Set<String>> missions = new HashMap<>();
    private final Map<Path, List<QuarantineEntry>> quarantines = new HashMap<>();
    private final Map<Path, QueueDiagnostics> diagnostics = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    public FakeInspectQueues with(QueueInspection inspection) {
        inspections.put(inspection.path(), inspection);
        return this;
    }

    /** A readable DB with these counts. */
    public FakeInspectQueues counts(Path db, long events, long bodies, long failures, long quarantined) {
        return with(new QueueInspection(db, true, null, events, bodies, failures, quarantined));
    }

    public FakeInspectQueues bodyUploadsFor(Path legacy, String missionSlug) {
        missions.computeIfAbsent(legacy, p -> new HashSet<>()).add(missionSlug);
        return this;
    }

    public FakeInspectQueues quarantine(Path scoped, QuarantineEntry entry) {
        quarantines.computeIfAbsent(scoped, p -> new ArrayList<>()).add(entry);
        return this;
    }

    public FakeInspectQueues diagnostics(Path db, QueueDiagnostics answer) {
        diagnostics.put(db, answer);
        return this;
    }

    @Override
    public QueueDiagnostics diagnose(Path database) {
        calls.add("diagnose " + database);
        return diagnostics.getOrDefault(database, QueueDiagnostics.EMPTY);
    }

    @Override
    public QueueInspection inspect(Path database) {
        calls.add("inspect " + database);
        return inspections.getOrDefault(database, QueueInspection.missing(database));
    }

    @Override
    public boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug) {
        calls.add("mission " + missionSlug);
        return missions.getOrDefault(legacyDatabase, Set.of()).contains(missionSlug);
    }

    @Override
    public List<QuarantineEntry> quarantine(Path scopedDatabase) {
        calls.add("quarantine " + scopedDatabase);
        return quarantines.getOrDefault(scopedDatabase, List.of());
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
