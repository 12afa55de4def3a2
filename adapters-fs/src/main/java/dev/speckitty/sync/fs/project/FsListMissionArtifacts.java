package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.setupplan.ArtifactFile;
import dev.speckitty.sync.core.setupplan.BodyUploads;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@link ListMissionArtifacts} by walking {@code <M>} without following symbolic links (a link is neither listed
 * nor descended into), pruning directories that cannot hold candidates. Files are opened with
 * {@code NOFOLLOW_LINKS} and read only up to one byte past the size limit.
 */
final class FsListMissionArtifacts implements ListMissionArtifacts {

    @Override
    public List<ArtifactFile> list(Path missionDirectory) throws ProjectFileException {
        if (!Files.isDirectory(missionDirectory)) {
            return List.of();
        }
        Path start;
        try {
            // <M> itself may be a symlink (kitty-specs/<slug> → elsewhere); everything below it is not followed.
            start = missionDirectory.toRealPath();
        } catch (IOException failed) {
            throw new ProjectFileException(missionDirectory, IoReasons.describe(failed));
        }
        List<ArtifactFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new Collector(start, files));
        } catch (IOException failed) {
            Path where = failed instanceof FileSystemException fs && fs.getFile() != null
                    ? Path.of(fs.getFile()) : missionDirectory;
            throw new ProjectFileException(where, IoReasons.describe(failed));
        }
        files.sort(Comparator.comparing(ArtifactFile::artifactPath, BodyUploads.BYTE_ORDER));
        return List.copyOf(files);
    }

    private static String relative(Path start, Path path) {
        return StreamSupport.stream(start.relativize(path).spliterator(), false)
                .map(Path::toString).collect(Collectors.joining("/"));
    }

    private static final class Collector implements FileVisitor<Path> {
        private final Path start;
        private final List<ArtifactFile> files;

        Collector(Path start, List<ArtifactFile> files) {
            this.start = start;
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(start) || BodyUploads.mayContainCandidates(relative(start, dir))
                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String artifactPath = relative(start, file);
            if (attrs.isRegularFile() && BodyUploads.isCandidate(artifactPath)) {
                files.add(read(file, artifactPath, attrs.size()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
            throw failure;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
            if (failure != null) {
                throw failure;
            }
            return FileVisitResult.CONTINUE;
        }

        private static ArtifactFile read(Path file, String artifactPath, long size) throws IOException {
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] content = in.readNBytes((int) BodyUploads.MAX_BODY_BYTES + 1);
                return content.length > BodyUploads.MAX_BODY_BYTES
                        ? ArtifactFile.oversized(artifactPath, Math.max(size, content.length))
                        : ArtifactFile.read(artifactPath, content);
            }
        }
    }
}
