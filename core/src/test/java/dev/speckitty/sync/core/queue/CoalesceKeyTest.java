package dev.speckitty.sync.core.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoalesceKeyTest {

    private static final String PROJECT = "3f8e2c1a-7b4d-4e9f-a2c6-5d1b8e0f4a73";

    @Test
    void artifact_indexed_takes_the_namespace_first() {
        assertEquals(Optional.of("MissionDossierArtifactIndexed|" + PROJECT + "|012-my-mission|spec.md"),
                CoalesceKey.forEvent("MissionDossierArtifactIndexed",
                        Map.of("project_uuid", PROJECT, "mission_slug", "012-my-mission",
                                "artifact_id", Map.of("path", "spec.md")),
                        Map.of("project_uuid", "other", "relative_path", "other.md")));
    }

    @Test
    void the_flat_pre_namespace_payload_is_the_fallback() {
        assertEquals(Optional.of("MissionDossierArtifactIndexed|" + PROJECT + "|012-my-mission|checklists/requirements.md"),
                CoalesceKey.forEvent("MissionDossierArtifactIndexed", Map.of(),
                        Map.of("project_uuid", PROJECT, "mission_slug", "012-my-mission",
                                "relative_path", "checklists/requirements.md")));
        assertEquals(Optional.of("MissionDossierArtifactIndexed|||key-1"),
                CoalesceKey.forEvent("MissionDossierArtifactIndexed", Map.of(), Map.of("artifact_key", "key-1")));
    }

    @Test
    void snapshot_computed_and_other_types() {
        assertEquals(Optional.of("MissionDossierSnapshotComputed|" + PROJECT + "|"),
                CoalesceKey.forEvent("MissionDossierSnapshotComputed", Map.of("project_uuid", PROJECT), Map.of()));
        assertEquals(Optional.empty(), CoalesceKey.forEvent("WPCreated", Map.of("project_uuid", PROJECT), Map.of()));
    }

    @Test
    void the_capacity_warning_is_exact_with_thousands_separators() {
        assertEquals("Offline queue at capacity (100,000 events). Evicted 1 oldest event(s) to make room.\n"
                        + "  Check auth and connectivity: spec-kitty sync status --check\n"
                        + "  Drain the queue manually:    spec-kitty sync now",
                new EventEnqueueResult(EventEnqueueResult.Outcome.ENQUEUED, 1, 100_000).capacityWarning().orElseThrow());
        assertEquals(Optional.empty(),
                new EventEnqueueResult(EventEnqueueResult.Outcome.ENQUEUED, 0, 100_000).capacityWarning());
    }
}
