package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PLACEHOLDER, replaced at merge by the real live scan of the cleanup work (cleanup.md §3): it finds nothing.
 * {@code doctor orphan-daemons} reports what it returns.
 */
final class PlaceholderFindLiveOrphans implements FindLiveOrphans {
    @Override
    public LiveOrphanScan scan(Path root) {
        return new LiveOrphanScan(List.of(), Optional.empty());
    }
}
