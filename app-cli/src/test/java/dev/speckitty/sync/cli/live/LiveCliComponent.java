package dev.speckitty.sync.cli.live;

import dagger.BindsInstance;
import dagger.Component;
import dev.speckitty.sync.cli.wiring.AdapterModule;
import dev.speckitty.sync.cli.wiring.CleanupModule;
import dev.speckitty.sync.cli.wiring.CleanupPortsModule;
import dev.speckitty.sync.cli.wiring.CliModule;
import dev.speckitty.sync.cli.wiring.Commands;
import dev.speckitty.sync.cli.wiring.DaemonModule;
import dev.speckitty.sync.cli.wiring.InvocationContext;
import dev.speckitty.sync.cli.wiring.InvocationScope;

/** The production graph (every real adapter) with daemons spawned from the stub instead of this program. */
@InvocationScope
@Component(modules = {AdapterModule.class, StubLauncherModule.class, CliModule.class, DaemonModule.class,
        CleanupModule.class, CleanupPortsModule.class})
interface LiveCliComponent extends Commands {

    @Component.Factory
    interface Factory {
        LiveCliComponent create(@BindsInstance InvocationContext context);
    }
}
