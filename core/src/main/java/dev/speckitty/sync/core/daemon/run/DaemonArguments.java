package dev.speckitty.sync.core.daemon.run;

import java.util.Objects;
import java.util.Optional;

/**
 * The arguments of {@code spec-kitty sync daemon run} (daemon.md §5.1 step 1, cli.md §8.4): the port to bind (any
 * TCP port; the daemon does not enforce the sync range), the daemon scope root marker, and the executable marker,
 * which is evidence for cleanup only.
 */
public record DaemonArguments(int port, String rootMarker, Optional<String> executableMarker) {

    public static final int MAX_PORT = 65535;

    public DaemonArguments {
        Objects.requireNonNull(rootMarker, "rootMarker");
        Objects.requireNonNull(executableMarker, "executableMarker");
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("port must be in 1-65535, was " + port);
        }
        if (rootMarker.isEmpty()) {
            throw new IllegalArgumentException("the daemon root marker must not be empty");
        }
    }
}
