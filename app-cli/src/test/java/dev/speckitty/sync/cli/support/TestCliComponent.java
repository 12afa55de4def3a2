package dev.speckitty.sync.cli.support;

import dagger.BindsInstance;
import dagger.Component;
import dev.speckitty.sync.cli.wiring.CleanupModule;
import dev.speckitty.sync.cli.wiring.CliModule;
import dev.speckitty.sync.cli.wiring.Commands;
import dev.speckitty.sync.cli.wiring.DaemonModule;
import dev.speckitty.sync.cli.wiring.InvocationContext;
import dev.speckitty.sync.cli.wiring.InvocationScope;

/** The production graph with {@link FakeAdapterModule} in place of AdapterModule. */
@InvocationScope
@Component(modules = {FakeAdapterModule.class, CliModule.class, DaemonModule.class, CleanupModule.class})
public interface TestCliComponent extends Commands {

    @Component.Factory
    interface Factory {
        TestCliComponent create(@BindsInstance InvocationContext context, FakeAdapterModule adapters);
    }
}
