package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link LocateMission} on the file system: only {@code Files.isDirectory}/{@code isRegularFile} probes. */
final class FsLocateMission implements LocateMission {

    @Override
    public Optional<Path> findProjectRoot(Path workingDirectory) {
        for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(MissionPaths.PROJECT_MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    @Override
    public MissionStatus check(MissionPaths mission) {
        if (!Files.isDirectory(mission.missionDirectory())) {
            return MissionStatus.MISSION_NOT_FOUND;
        }
        return Files.isRegularFile(mission.specFile()) ? MissionStatus.FOUND : MissionStatus.SPEC_FILE_MISSING;
    }
}
