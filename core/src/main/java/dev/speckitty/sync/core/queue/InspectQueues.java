package dev.speckitty.sync.core.queue;

import java.nio.file.Path;
import java.util.List;

/**
 * Read-only inspection of queue DBs for reports (status, doctor, dry run). Opens files read-only only when
 * they exist (on-disk.md §6.1, §4.5); never creates, alters or migrates anything.
 */
public interface InspectQueues {

    QueueInspection inspect(Path database);

    /**
     * Whether the legacy DB's {@code body_upload_queue} holds a row with this {@code mission_slug} (through
     * the column mapping). False when the file or table is missing or unreadable.
     */
    boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug);

    /**
     * Every quarantine record of a scoped DB, oldest first; empty when the file or table is missing.
     *
     * @throws java.io.UncheckedIOException when the file exists but cannot be read (one-line reason)
     */
    List<QuarantineEntry> quarantine(Path scopedDatabase);

    /**
     * The oldest event, the top event types and the most recent body upload failures (cli.md §9), read through the
     * column mapping for a legacy DB. {@link QueueDiagnostics#EMPTY} when the file or its tables are missing, or when
     * it cannot be read ({@link #inspect} reports that).
     */
    QueueDiagnostics diagnose(Path database);
}
