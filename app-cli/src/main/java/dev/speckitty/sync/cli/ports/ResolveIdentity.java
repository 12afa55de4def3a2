package dev.speckitty.sync.cli.ports;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import java.nio.file.Path;

/**
 * Resolves who this invocation is (on-disk.md §5): reads the identity inputs under the root and applies the
 * resolution rules. Called once per invocation; never throws on bad input files (they become statuses and
 * warnings). The real binding delegates to the core identity resolver over {@code ReadIdentityInputs}.
 */
@FunctionalInterface
public interface ResolveIdentity {
    ResolvedIdentity resolve(Path root, Environment environment);
}
