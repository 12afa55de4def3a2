package dev.speckitty.sync.cli.daemon;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.port.OperatorLog;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/** What the daemon process knows before its object graph is built; bound into {@link DaemonComponent}. */
public record DaemonContext(Environment environment, Path root, OperatorLog log, Installation installation, long pid,
                            InputStream stdin) {
    public DaemonContext {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(installation, "installation");
        Objects.requireNonNull(stdin, "stdin");
    }
}
