package dev.speckitty.sync.cli.live;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.process.ProcessAdapters;
import dev.speckitty.sync.process.StubSyncDaemon;

/** The real launcher, spawning the test-only {@link StubSyncDaemon} with {@code -cp} instead of this program. */
@Module
final class StubLauncherModule {

    private StubLauncherModule() {
    }

    @Provides
    static LaunchDaemon launchDaemon() {
        return ProcessAdapters.launchDaemon(ProcessAdapters.runningJavaLauncher(),
                ProcessAdapters.classpathProgram(System.getProperty("java.class.path"), StubSyncDaemon.class.getName()));
    }
}
