package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.List;

/** Lists the body-upload candidates of a mission (cli.md §14.6). Reads only; creates nothing. */
public interface ListMissionArtifacts {

    /**
     * The regular files below {@code missionDirectory} whose relative path {@link BodyUploads#isCandidate} accepts,
     * in {@link BodyUploads#BYTE_ORDER} of that path, each with its bytes (not read beyond the size limit).
     * Symbolic links (to files or directories) are neither listed nor followed. A missing directory lists nothing.
     *
     * @throws ProjectFileException when a directory or candidate cannot be read
     */
    List<ArtifactFile> list(Path missionDirectory) throws ProjectFileException;
}
