package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ReadProjectInputs} holding parsed values instead of files: a test states what config.yaml and meta.json
 * mean (or that they are unreadable) and the fake answers with that, warning like the real reader.
 */
public final class InMemoryReadProjectInputs implements ReadProjectInputs {
    private final OperatorLog log;
    private final Map<Path, Optional<ProjectConfig>> configs = new HashMap<>();
    private final Map<Path, Optional<MissionMeta>> metas = new HashMap<>();

    public InMemoryReadProjectInputs(OperatorLog log) {
        this.log = log;
    }

    public synchronized void givenProjectConfig(Path projectRoot, ProjectConfig config) {
        configs.put(projectRoot.normalize(), Optional.of(config));
    }

    public synchronized void givenUnreadableProjectConfig(Path projectRoot) {
        configs.put(projectRoot.normalize(), Optional.empty());
    }

    public synchronized void givenMissionMeta(Path missionDirectory, MissionMeta meta) {
        metas.put(missionDirectory.normalize(), Optional.of(meta));
    }

    public synchronized void givenUnreadableMissionMeta(Path missionDirectory) {
        metas.put(missionDirectory.normalize(), Optional.empty());
    }

    @Override
    public synchronized ProjectConfig readProjectConfig(Path projectRoot) {
        Path root = projectRoot.normalize();
        if (!configs.containsKey(root)) {
            return ProjectConfig.empty();
        }
        return configs.get(root).orElseGet(() -> {
            log.warn("ignoring unreadable " + root.resolve(MissionPaths.PROJECT_MARKER).resolve("config.yaml"));
            return ProjectConfig.empty();
        });
    }

    @Override
    public synchronized MissionMeta readMissionMeta(Path missionDirectory) {
        Path dir = missionDirectory.normalize();
        if (!metas.containsKey(dir)) {
            return MissionMeta.defaults();
        }
        return metas.get(dir).orElseGet(() -> {
            log.warn("ignoring unreadable " + dir.resolve(MissionPaths.META_FILE));
            return MissionMeta.defaults();
        });
    }
}
