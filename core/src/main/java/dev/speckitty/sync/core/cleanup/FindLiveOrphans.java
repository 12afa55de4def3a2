package dev.speckitty.sync.core.cleanup;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only live scan of the reports (cleanup.md §1, §3): the identity records of the live orphan daemons
 * ({@code safe_auto} and {@code operator_required}), ascending by port, or the diagnostic when the scan as a
 * whole could not run. Signals nothing, writes nothing.
 */
public interface FindLiveOrphans {

    LiveOrphanScan scan(Path root);

    /** {@code diagnostic} is {@code live daemon scan failed: <message>} when the scan could not run. */
    record LiveOrphanScan(List<IdentityRecord> orphans, Optional<String> diagnostic) {
        public LiveOrphanScan {
            orphans = List.copyOf(orphans);
            Objects.requireNonNull(diagnostic, "diagnostic");
        }
    }
}
