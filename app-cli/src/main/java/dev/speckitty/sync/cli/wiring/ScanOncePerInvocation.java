package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Remembers the live scan of each root for the rest of the invocation: one scan serves facts and report alike. */
final class ScanOncePerInvocation implements FindLiveOrphans {
    private final FindLiveOrphans scanner;
    private final Map<Path, LiveOrphanScan> scans = new HashMap<>();

    ScanOncePerInvocation(FindLiveOrphans scanner) {
        this.scanner = scanner;
    }

    @Override
    public synchronized LiveOrphanScan scan(Path root) {
        return scans.computeIfAbsent(root, scanner::scan);
    }
}
