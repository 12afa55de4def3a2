package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionStatus;
import java.nio.file.Path;
import java.util.Optional;

/** {@link LocateMission} over a {@link SetupPlanProjectTree}. */
public final class InMemoryLocateMission implements LocateMission {
    private final SetupPlanProjectTree tree;

    public InMemoryLocateMission(SetupPlanProjectTree tree) {
        this.tree = tree;
    }

    @Override
    public Optional<Path> findProjectRoot(Path workingDirectory) {
        for (Path dir = workingDirectory.normalize(); dir != null; dir = dir.getParent()) {
            if (tree.isDirectory(dir.resolve(MissionPaths.PROJECT_MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    @Override
    public MissionStatus check(MissionPaths mission) {
        if (!tree.isDirectory(mission.missionDirectory())) {
            return MissionStatus.MISSION_NOT_FOUND;
        }
        return tree.isRegularFile(mission.specFile()) ? MissionStatus.FOUND : MissionStatus.SPEC_FILE_MISSING;
    }
}
