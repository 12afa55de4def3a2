package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What step 11 of cli.md §14.1 queued: the {@code sync} block of the success report (§14.7). With SaaS sync
 * disabled nothing is queued: no queue path and every count 0.
 *
 * @param queueDbPath         the scoped queue {@code default_queue_db_path()} returned
 * @param migratedLegacyRows  rows that call removed from the legacy DB (clarifications #14)
 * @param eventsAlreadyQueued event types whose envelope was already queued (clarifications #23)
 * @param bodyUploadsSkipped  every skipped candidate, in the byte order of its path (§14.6)
 * @param capacityWarnings    the exact eviction texts of on-disk.md §6.9 step 3, printed on stderr as they are
 */
public record SyncEmission(boolean saasSyncEnabled, boolean authenticated, Optional<Path> queueDbPath,
                           long migratedLegacyRows, int eventsEnqueued, int eventsAlreadyQueued,
                           int bodyUploadsEnqueued, int bodyUploadsAlreadyQueued,
                           List<BodyUploadDecision.Skip> bodyUploadsSkipped, List<String> capacityWarnings) {

    public SyncEmission {
        Objects.requireNonNull(queueDbPath, "queueDbPath");
        bodyUploadsSkipped = List.copyOf(bodyUploadsSkipped);
        capacityWarnings = List.copyOf(capacityWarnings);
        if (migratedLegacyRows < 0 || eventsEnqueued < 0 || eventsAlreadyQueued < 0 || bodyUploadsEnqueued < 0
                || bodyUploadsAlreadyQueued < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (saasSyncEnabled != queueDbPath.isPresent()) {
            throw new IllegalArgumentException("a queue is used exactly when SaaS sync is enabled");
        }
        if (saasSyncEnabled && !authenticated) {
            throw new IllegalArgumentException("nothing is queued without an identity (FR-011)");
        }
        if (!saasSyncEnabled && (migratedLegacyRows + eventsEnqueued + eventsAlreadyQueued + bodyUploadsEnqueued
                + bodyUploadsAlreadyQueued > 0 || !bodyUploadsSkipped.isEmpty() || !capacityWarnings.isEmpty())) {
            throw new IllegalArgumentException("with SaaS sync disabled nothing is queued");
        }
    }

    /** SaaS sync disabled: only the local files were written (cli.md §14.2). */
    public static SyncEmission disabled(boolean authenticated) {
        return new SyncEmission(false, authenticated, Optional.empty(), 0, 0, 0, 0, 0, List.of(), List.of());
    }
}
