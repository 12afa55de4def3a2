package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue paths of one root and identity (on-disk.md §5.7), computed purely. This is the only place that
 * builds the legacy queue path; the active queue is the scoped one when authenticated, else the legacy one.
 */
public record QueuePaths(Path root, Path legacy, Optional<Path> scoped) {

    public static final String LEGACY_FILE_NAME = "queue.db";
    public static final String SCOPED_DIRECTORY = "queues";

    public QueuePaths {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(legacy, "legacy");
        Objects.requireNonNull(scoped, "scoped");
    }

    public static QueuePaths of(Path root, Optional<Scope> scope) {
        return new QueuePaths(root, root.resolve(LEGACY_FILE_NAME),
                scope.map(s -> root.resolve(SCOPED_DIRECTORY).resolve(s.queueFileName())));
    }

    /** The foreground {@code queue_db_path}. */
    public Path active() {
        return scoped.orElse(legacy);
    }

    public boolean activeIsScoped() {
        return scoped.isPresent();
    }
}
