package dev.speckitty.sync.cli.daemon;

import dagger.BindsInstance;
import dagger.Component;
import dev.speckitty.sync.cli.wiring.AdapterModule;
import dev.speckitty.sync.core.daemon.run.SyncDaemon;

/** The object graph of the daemon process: the real adapters and the daemon's own bindings. */
@Component(modules = {AdapterModule.class, DaemonModule.class})
public interface DaemonComponent {

    SyncDaemon syncDaemon();

    @Component.Factory
    interface Factory {
        DaemonComponent create(@BindsInstance DaemonContext context);
    }

    static SyncDaemon create(DaemonContext context) {
        return DaggerDaemonComponent.factory().create(context).syncDaemon();
    }
}
