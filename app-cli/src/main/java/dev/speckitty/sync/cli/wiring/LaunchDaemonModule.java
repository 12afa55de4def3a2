package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.Main;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.process.ProcessAdapters;

/**
 * How daemons are spawned (daemon.md §4), apart from the other adapters so that a test graph can run every real
 * adapter with another program, e.g. a stand-in daemon or a copied installation's jar.
 */
@Module
public final class LaunchDaemonModule {

    private LaunchDaemonModule() {
    }

    /** Daemons run this very program: the running jar, or this JVM's class path when not run from a jar. */
    @Provides
    static LaunchDaemon launchDaemon(Installation installation) {
        return ProcessAdapters.launchThisProgram(installation.executablePath(), Main.class.getName());
    }
}
