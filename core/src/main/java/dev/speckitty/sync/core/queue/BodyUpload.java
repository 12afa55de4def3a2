package dev.speckitty.sync.core.queue;

import java.util.Objects;

/**
 * A body upload to enqueue (on-disk.md §6.3, §10.4). {@code createdAt} is epoch seconds with fraction;
 * {@code retry_count} starts at 0 and {@code next_attempt_at} at 0.0.
 */
public record BodyUpload(String projectUuid, String missionSlug, String targetBranch, String missionType,
                         String manifestVersion, String artifactPath, String contentHash, String hashAlgorithm,
                         String contentBody, long sizeBytes, double createdAt) {
    public BodyUpload {
        Objects.requireNonNull(projectUuid, "projectUuid");
        Objects.requireNonNull(missionSlug, "missionSlug");
        Objects.requireNonNull(targetBranch, "targetBranch");
        Objects.requireNonNull(missionType, "missionType");
        Objects.requireNonNull(manifestVersion, "manifestVersion");
        Objects.requireNonNull(artifactPath, "artifactPath");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(contentBody, "contentBody");
        if (sizeBytes < 0 || !Double.isFinite(createdAt)) {
            throw new IllegalArgumentException("size_bytes must be >= 0 and created_at finite");
        }
    }
}
