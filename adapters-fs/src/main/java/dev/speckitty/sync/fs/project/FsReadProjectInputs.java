package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@link ReadProjectInputs} on the file system. config.yaml is composed with snakeyaml-engine (never parsed by
 * hand) and only the scalar entries of the top-level {@code project:} mapping are taken; meta.json is strict JSON.
 * Opens files for reading only, so a missing file stays missing.
 */
final class FsReadProjectInputs implements ReadProjectInputs {

    private static final String CONFIG_FILE = "config.yaml";
    private static final String PROJECT_KEY = "project";

    /** The YAML 1.2 core schema: {@code ~}, {@code null} and an empty value are null, as in the reference's loader. */
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

    private final OperatorLog log;

    FsReadProjectInputs(OperatorLog log) {
        this.log = log;
    }

    @Override
    public ProjectConfig readProjectConfig(Path projectRoot) {
        Path file = projectRoot.resolve(MissionPaths.PROJECT_MARKER).resolve(CONFIG_FILE);
        Optional<byte[]> bytes;
        try {
            bytes = readIfPresent(file);
        } catch (IOException unreadable) {
            return unreadableConfig(file);
        }
        if (bytes.isEmpty()) {
            return ProjectConfig.empty();
        }
        try {
            Optional<Node> document = new Compose(YAML_SETTINGS)
                    .composeString(StrictJson.decodeUtf8(bytes.get()));
            return ProjectConfig.fromEntries(document.map(FsReadProjectInputs::projectEntries).orElse(Map.of()));
        } catch (IOException | YamlEngineException unreadable) {
            return unreadableConfig(file);
        }
    }

    /**
     * The scalar, non-null entries of the top-level {@code project:} mapping, by their text; anything else (other
     * keys, nested collections, a document that is not a mapping) is ignored. Duplicate keys: the last one wins,
     * as in the reference's YAML loader.
     */
    private static Map<String, String> projectEntries(Node document) {
        Map<String, String> entries = new HashMap<>();
        if (!(document instanceof MappingNode top)) {
            return entries;
        }
        for (NodeTuple section : top.getValue()) {
            if (isScalar(section.getKeyNode(), PROJECT_KEY)) {
                entries.clear();
                if (section.getValueNode() instanceof MappingNode project) {
                    for (NodeTuple entry : project.getValue()) {
                        if (entry.getKeyNode() instanceof ScalarNode key
                                && entry.getValueNode() instanceof ScalarNode value
                                && !Tag.NULL.equals(value.getTag())) {
                            entries.put(key.getValue(), value.getValue());
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static boolean isScalar(Node node, String text) {
        return node instanceof ScalarNode scalar && scalar.getValue().equals(text);
    }

    private ProjectConfig unreadableConfig(Path file) {
        log.warn("ignoring unreadable " + file);
        return ProjectConfig.empty();
    }

    @Override
    public MissionMeta readMissionMeta(Path missionDirectory) {
        Path file = missionDirectory.resolve(MissionPaths.META_FILE);
        Optional<JsonValue.Obj> meta;
        try {
            Optional<byte[]> bytes = readIfPresent(file);
            if (bytes.isEmpty()) {
                return MissionMeta.defaults();
            }
            meta = StrictJson.parseObject(bytes.get());
        } catch (IOException unreadable) {
            meta = Optional.empty();
        }
        if (meta.isEmpty()) {
            log.warn("ignoring unreadable " + file);
            return MissionMeta.defaults();
        }
        return MissionMeta.fromJson(meta.get());
    }

    /** The file's bytes; empty when it does not exist. Reading never creates anything. */
    private static Optional<byte[]> readIfPresent(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }
}
