package dev.speckitty.sync.core.cleanup;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FindLiveOrphans} over discovery: the safe_auto and operator_required records, never the never_touch ones
 * (cleanup.md §1), and the diagnostic {@code live daemon scan failed: <message>} when the scan cannot run.
 */
public final class LiveOrphanScanner implements FindLiveOrphans {

    private final DiscoverListeners discovery;

    public LiveOrphanScanner(DiscoverListeners discovery) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    @Override
    public LiveOrphanScan scan(Path root) {
        try {
            List<IdentityRecord> orphans = discovery.discover(root).stream().filter(IdentityRecord::isLiveOrphan)
                    .toList();
            return new LiveOrphanScan(orphans, Optional.empty());
        } catch (RuntimeException scanCouldNotRun) {
            return new LiveOrphanScan(List.of(), Optional.of(diagnostic(scanCouldNotRun)));
        }
    }

    /** {@code live daemon scan failed: <message>} (cleanup.md §3.1); the exception's class when it has no message. */
    public static String diagnostic(RuntimeException failure) {
        String message = failure.getMessage();
        return "live daemon scan failed: "
                + (message == null || message.isBlank() ? failure.getClass().getSimpleName() : message);
    }
}
