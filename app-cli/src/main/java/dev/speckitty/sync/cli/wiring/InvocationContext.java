package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.port.OperatorLog;
import java.nio.file.Path;
import java.util.Objects;

/** What the entry point knows before any command runs; bound into the invocation's component. */
public record InvocationContext(Environment environment, Path workingDirectory, Path root, OperatorLog log,
                                Installation installation) {
    public InvocationContext {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(installation, "installation");
    }
}
