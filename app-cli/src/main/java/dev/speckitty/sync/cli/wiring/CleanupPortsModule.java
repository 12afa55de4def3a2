package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.LiveOrphanScanner;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.StartupReaper;
import dev.speckitty.sync.core.cleanup.SweepLiveOrphans;
import dev.speckitty.sync.core.port.OperatorLog;

/**
 * The two cleanup ports the rest of the CLI consumes: the reports' live scan and the startup reaper of ensure. Apart
 * from {@link CleanupModule} (as {@link LaunchDaemonModule} is apart from the adapters) so that a test graph can
 * answer them itself while keeping the real sweeps, discovery and scanner.
 */
@Module
public final class CleanupPortsModule {

    private CleanupPortsModule() {
    }

    /**
     * The reports' live scan: run at most once per invocation, so status and its facts agree. Public so a test graph
     * that answers the scan itself can fall back on this very binding.
     */
    @Provides
    @InvocationScope
    public static FindLiveOrphans findLiveOrphans(LiveOrphanScanner scanner) {
        return new ScanOncePerInvocation(scanner);
    }

    /** The reaper ensure runs before its reuse/spawn decision (daemon.md §3.2 step 1). */
    @Provides
    static ReapStaleDaemons reapStaleDaemons(SweepLiveOrphans sweep, OperatorLog log, InvocationContext context) {
        return new StartupReaper(sweep, log, context.installation().packageVersion());
    }
}
