package dev.speckitty.sync.core.queue;

import java.util.Map;
import java.util.Optional;

/**
 * The coalesce key of an event (on-disk.md §6.9 step 4). Values are taken from the envelope's
 * {@code namespace} object first, then from the payload; a missing value renders as the empty string.
 * Only the two dossier event types coalesce.
 */
public final class CoalesceKey {

    public static final String ARTIFACT_INDEXED = "MissionDossierArtifactIndexed";
    public static final String SNAPSHOT_COMPUTED = "MissionDossierSnapshotComputed";

    private CoalesceKey() {
    }

    /**
     * @param namespace the envelope's {@code namespace} object as parsed JSON (may be empty)
     * @param payload the envelope's {@code payload} object as parsed JSON (may be empty)
     */
    public static Optional<String> forEvent(String eventType, Map<String, ?> namespace, Map<String, ?> payload) {
        String projectUuid = first(text(namespace.get("project_uuid")), text(payload.get("project_uuid")));
        String missionSlug = first(text(namespace.get("mission_slug")), text(payload.get("mission_slug")));
        if (ARTIFACT_INDEXED.equals(eventType)) {
            Object artifactId = namespace.get("artifact_id");
            String namespacePath = artifactId instanceof Map<?, ?> m ? text(m.get("path")) : null;
            String path = first(namespacePath, first(text(payload.get("relative_path")),
                    text(payload.get("artifact_key"))));
            return Optional.of(ARTIFACT_INDEXED + "|" + projectUuid + "|" + missionSlug + "|" + path);
        }
        if (SNAPSHOT_COMPUTED.equals(eventType)) {
            return Optional.of(SNAPSHOT_COMPUTED + "|" + projectUuid + "|" + missionSlug);
        }
        return Optional.empty();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String first(String preferred, String fallback) {
        if (preferred != null) {
            return preferred;
        }
        return fallback == null ? "" : fallback;
    }
}
