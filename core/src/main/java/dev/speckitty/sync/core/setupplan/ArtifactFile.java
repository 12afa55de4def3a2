package dev.speckitty.sync.core.setupplan;

import java.util.Arrays;
import java.util.Objects;

/**
 * One candidate file of a mission for body upload (cli.md §14.6), as listed by {@link ListMissionArtifacts}.
 * Its bytes are read only when it is not larger than {@link BodyUploads#MAX_BODY_BYTES}; an oversized file
 * carries its size and no content, so listing never loads a huge file.
 *
 * @param artifactPath path relative to {@code <M>}, {@code /}-separated
 */
public record ArtifactFile(String artifactPath, long sizeBytes, byte[] content) {

    public ArtifactFile {
        Objects.requireNonNull(artifactPath, "artifactPath");
        Objects.requireNonNull(content, "content");
        if (!BodyUploads.isCandidate(artifactPath)) {
            throw new IllegalArgumentException("not a body upload candidate: " + artifactPath);
        }
        boolean read = sizeBytes <= BodyUploads.MAX_BODY_BYTES;
        if (sizeBytes < 0 || (read ? content.length != sizeBytes : content.length != 0)) {
            throw new IllegalArgumentException("content must be the whole file up to " + BodyUploads.MAX_BODY_BYTES
                    + " bytes and empty beyond: " + artifactPath);
        }
        content = content.clone();
    }

    /** A file that was read whole. */
    public static ArtifactFile read(String artifactPath, byte[] content) {
        return new ArtifactFile(artifactPath, content.length, content);
    }

    /** A file larger than the limit, not read. */
    public static ArtifactFile oversized(String artifactPath, long sizeBytes) {
        return new ArtifactFile(artifactPath, sizeBytes, new byte[0]);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArtifactFile that && artifactPath.equals(that.artifactPath)
                && sizeBytes == that.sizeBytes && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(artifactPath, sizeBytes, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ArtifactFile[" + artifactPath + ", " + sizeBytes + " bytes]";
    }
}
