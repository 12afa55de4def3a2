package dev.speckitty.sync.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;

/** The production object graph of one invocation: the real adapters ({@link AdapterModule}) and the CLI's own. */
@InvocationScope
@Component(modules = {AdapterModule.class, LaunchDaemonModule.class, CliModule.class, DaemonModule.class,
        CleanupModule.class, CleanupPortsModule.class})
public interface CliComponent extends Commands {

    @Component.Factory
    interface Factory {
        CliComponent create(@BindsInstance InvocationContext context);
    }

    static Commands create(InvocationContext context) {
        return DaggerCliComponent.factory().create(context);
    }
}
