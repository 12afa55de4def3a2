package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.setupplan.ArtifactFile;
import dev.speckitty.sync.core.setupplan.BodyUploads;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** {@link ListMissionArtifacts} over a {@link SetupPlanProjectTree}. */
public final class InMemoryListMissionArtifacts implements ListMissionArtifacts {
    private final SetupPlanProjectTree tree;

    public InMemoryListMissionArtifacts(SetupPlanProjectTree tree) {
        this.tree = tree;
    }

    @Override
    public List<ArtifactFile> list(Path missionDirectory) {
        List<ArtifactFile> files = new ArrayList<>();
        for (Path file : tree.regularFilesBelow(missionDirectory.normalize())) {
            String relative = StreamSupport.stream(missionDirectory.normalize().relativize(file).spliterator(), false)
                    .map(Path::toString).collect(Collectors.joining("/"));
            if (BodyUploads.isCandidate(relative)) {
                byte[] content = tree.content(file).orElseThrow();
                files.add(content.length > BodyUploads.MAX_BODY_BYTES
                        ? ArtifactFile.oversized(relative, content.length) : ArtifactFile.read(relative, content));
            }
        }
        files.sort(Comparator.comparing(ArtifactFile::artifactPath, BodyUploads.BYTE_ORDER));
        return List.copyOf(files);
    }
}
