package dev.speckitty.sync.core.setupplan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code project:} entries of {@code <P>/.kittify/config.yaml} that setup-plan uses (cli.md §14.3). Every
 * value is trimmed and a blank one counts as absent (the contract says so for {@code uuid}; applied to all
 * four here).
 */
public record ProjectConfig(Optional<String> uuid, Optional<String> slug, Optional<String> buildId,
        Optional<String> nodeId) {

    public static final String UUID = "uuid";
    public static final String SLUG = "slug";
    public static final String BUILD_ID = "build_id";
    public static final String NODE_ID = "node_id";

    public ProjectConfig {
        uuid = trimmed(uuid);
        slug = trimmed(slug);
        buildId = trimmed(buildId);
        nodeId = trimmed(nodeId);
    }

    /** No config file, or no usable {@code project:} mapping. */
    public static ProjectConfig empty() {
        return new ProjectConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From the scalar entries of the {@code project:} mapping (other keys are ignored). */
    public static ProjectConfig fromEntries(Map<String, String> entries) {
        return new ProjectConfig(Optional.ofNullable(entries.get(UUID)), Optional.ofNullable(entries.get(SLUG)),
                Optional.ofNullable(entries.get(BUILD_ID)), Optional.ofNullable(entries.get(NODE_ID)));
    }

    /** Envelope {@code build_id} (on-disk.md §10.3): {@code project.build_id}, else the project uuid. */
    public Optional<String> envelopeBuildId() {
        return buildId.or(() -> uuid);
    }

    private static Optional<String> trimmed(Optional<String> value) {
        return Objects.requireNonNull(value, "value").map(String::strip).filter(v -> !v.isEmpty());
    }
}
