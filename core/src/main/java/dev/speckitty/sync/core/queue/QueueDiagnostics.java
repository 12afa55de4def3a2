package dev.speckitty.sync.core.queue;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What {@code sync doctor} shows of one queue DB beyond its counts (cli.md §9): the enqueue time of the oldest
 * event, the most frequent event types, and the most recent recorded body upload failures.
 *
 * @param oldestEventTimestamp the smallest {@code queue.timestamp} (epoch seconds), empty without events
 * @param topEventTypes        up to {@value #LIMIT} event types by count descending, ties by type ascending
 * @param recentBodyUploadFailures up to {@value #LIMIT} failure-log rows by {@code last_failed_at} descending
 */
public record QueueDiagnostics(OptionalLong oldestEventTimestamp, List<EventTypeCount> topEventTypes,
                               List<RecentBodyUploadFailure> recentBodyUploadFailures) {

    public static final int LIMIT = 5;
    public static final QueueDiagnostics EMPTY = new QueueDiagnostics(OptionalLong.empty(), List.of(), List.of());

    public QueueDiagnostics {
        Objects.requireNonNull(oldestEventTimestamp, "oldestEventTimestamp");
        topEventTypes = List.copyOf(topEventTypes);
        recentBodyUploadFailures = List.copyOf(recentBodyUploadFailures);
        if (topEventTypes.size() > LIMIT || recentBodyUploadFailures.size() > LIMIT) {
            throw new IllegalArgumentException("at most " + LIMIT + " entries each");
        }
    }

    public record EventTypeCount(String eventType, long count) {
        public EventTypeCount {
            Objects.requireNonNull(eventType, "eventType");
        }
    }

    /** One {@code body_upload_failure_log} row as reported; {@code lastFailedAt} is epoch seconds. */
    public record RecentBodyUploadFailure(String artifactPath, String missionSlug, long failureCount,
                                          String failureReason, double lastFailedAt) {
        public RecentBodyUploadFailure {
            Objects.requireNonNull(artifactPath, "artifactPath");
            Objects.requireNonNull(missionSlug, "missionSlug");
            Objects.requireNonNull(failureReason, "failureReason");
        }
    }
}
