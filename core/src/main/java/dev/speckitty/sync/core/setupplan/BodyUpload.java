package dev.speckitty.sync.core.setupplan;

import java.util.Objects;

/**
 * The values of one {@code body_upload_queue} row that setup-plan computes (on-disk.md §10.4). The queue writer
 * adds {@code manifest_version} {@value #MANIFEST_VERSION}, {@code hash_algorithm} {@value #HASH_ALGORITHM},
 * {@code retry_count} 0, {@code next_attempt_at} 0.0, {@code created_at} (epoch seconds now) and
 * {@code last_error} NULL.
 *
 * @param contentHash lowercase hex SHA-256 of the raw bytes
 * @param contentBody the bytes decoded as UTF-8
 * @param sizeBytes the byte length
 */
public record BodyUpload(String projectUuid, String missionSlug, String targetBranch, String missionType,
        String artifactPath, String contentHash, String contentBody, long sizeBytes) {

    public static final String MANIFEST_VERSION = "1";
    public static final String HASH_ALGORITHM = "sha256";

    public BodyUpload {
        Objects.requireNonNull(projectUuid, "projectUuid");
        Objects.requireNonNull(missionSlug, "missionSlug");
        Objects.requireNonNull(targetBranch, "targetBranch");
        Objects.requireNonNull(missionType, "missionType");
        Objects.requireNonNull(artifactPath, "artifactPath");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(contentBody, "contentBody");
        if (projectUuid.isBlank()) {
            throw new IllegalArgumentException("body uploads need a project uuid");
        }
        if (!contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content_hash must be lowercase hex SHA-256");
        }
        if (sizeBytes < 1 || sizeBytes > BodyUploads.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("size_bytes out of range: " + sizeBytes);
        }
    }
}
