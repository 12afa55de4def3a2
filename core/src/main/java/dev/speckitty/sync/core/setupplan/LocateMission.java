package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.Optional;

/** Finds the project root and checks the mission (cli.md §14.1 steps 4–6). Reads only; creates nothing. */
public interface LocateMission {

    /**
     * The nearest directory, starting with {@code workingDirectory} (absolute) and walking up, that contains a
     * {@code .kittify} directory; empty when there is none.
     */
    Optional<Path> findProjectRoot(Path workingDirectory);

    /** Whether {@code <M>} is a directory and {@code <M>/spec.md} a regular file (symlinks followed). */
    MissionStatus check(MissionPaths mission);
}
