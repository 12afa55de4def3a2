package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.boundary.BoundaryFactsGatherer;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.port.OperatorLog;
import java.nio.file.Path;
import java.util.LinkedHashSet;

/** Bindings of the CLI itself: the invocation's context values and the identity resolved once per invocation. */
@Module
public final class CliModule {

    private CliModule() {
    }

    @Provides
    static Environment environment(InvocationContext context) {
        return context.environment();
    }

    @Provides
    @WorkingDirectory
    static Path workingDirectory(InvocationContext context) {
        return context.workingDirectory();
    }

    @Provides
    @Root
    static Path root(InvocationContext context) {
        return context.root();
    }

    @Provides
    static OperatorLog log(InvocationContext context) {
        return context.log();
    }

    @Provides
    static GatherBoundaryFacts boundaryFacts(BoundaryFactsGatherer gatherer) {
        return gatherer;
    }

    @Provides
    static Installation installation(InvocationContext context) {
        return context.installation();
    }

    /**
     * Resolved once per invocation (on-disk.md §7.1); its session and config warnings are logged once as
     * {@code [WARN] <text>} (clarifications #8, #11).
     */
    @Provides
    @InvocationScope
    static ResolvedIdentity identity(ResolveIdentity resolver, InvocationContext context) {
        ResolvedIdentity identity = resolver.resolve(context.root(), context.environment());
        new LinkedHashSet<>(identity.warnings()).forEach(context.log()::warn);
        context.log().debug("identity: " + identity.identity()
                .map(i -> i.source().wireName() + " scope " + identity.scope().orElseThrow().value())
                .orElse("none") + ", active queue " + identity.queuePaths().active());
        return identity;
    }
}
