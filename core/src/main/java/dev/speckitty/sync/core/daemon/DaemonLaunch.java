package dev.speckitty.sync.core.daemon;

import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one spawn needs (daemon.md §4). {@link #toString()} never shows the token (its own {@code toString}
 * redacts it) nor the environment, which may carry secrets of the operator's shell.
 *
 * @param root            {@code <R>}: the child's working directory, its {@code SPEC_KITTY_HOME} and the home of
 *                        {@code sync-daemon.log}
 * @param daemonScopeRoot the canonical {@code <R>}, the payload of {@code --spec-kitty-daemon-root=}
 * @param port            the port the daemon binds ({@code --port <p>})
 * @param token           the control token, handed over on stdin only
 * @param executablePath  the foreground's {@code executable_path}, the payload of {@code --spec-kitty-daemon-exec=}
 * @param packageVersion  the foreground's {@code package_version}, exported as {@code SPEC_KITTY_CLI_VERSION}
 * @param environment     the spawner's environment, copied into the child
 */
public record DaemonLaunch(Path root, String daemonScopeRoot, SyncPort port, ControlToken token, String executablePath,
                           String packageVersion, Environment environment) {

    public DaemonLaunch {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(daemonScopeRoot, "daemonScopeRoot");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(environment, "environment");
        if (daemonScopeRoot.isEmpty()) {
            throw new IllegalArgumentException("an empty root marker is no marker (cleanup.md §6.2)");
        }
    }

    /** {@code <R>/sync-daemon.log} (on-disk.md §8.3). */
    public Path logFile() {
        return logFile(root);
    }

    public static Path logFile(Path root) {
        return root.resolve("sync-daemon.log");
    }

    @Override
    public String toString() {
        return "DaemonLaunch[root=" + root + ", port=" + port + ", executablePath=" + executablePath
                + ", packageVersion=" + packageVersion + "]";
    }
}
