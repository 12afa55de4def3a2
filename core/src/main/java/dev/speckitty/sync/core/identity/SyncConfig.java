package dev.speckitty.sync.core.identity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys of config.toml this product uses (on-disk.md §5.1), defaults applied. {@code serverUrl} is the
 * configured value (trimmed, trailing slashes removed) or empty when absent/invalid. {@code warnings} are the
 * exact {@code [WARN]} texts (without the level prefix) for invalid keys, once per key.
 */
public record SyncConfig(Optional<String> serverUrl, long maxQueueSize, BackgroundDaemonPolicy backgroundDaemon,
                         List<String> warnings) {

    public static final String DEFAULT_SERVER_URL = "https://spec-kitty-dev.fly.dev";
    public static final long DEFAULT_MAX_QUEUE_SIZE = 100_000L;

    public SyncConfig {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(backgroundDaemon, "backgroundDaemon");
        warnings = List.copyOf(warnings);
        if (maxQueueSize <= 0) {
            throw new IllegalArgumentException("maxQueueSize must be positive");
        }
    }

    public static SyncConfig defaults() {
        return new SyncConfig(Optional.empty(), DEFAULT_MAX_QUEUE_SIZE, BackgroundDaemonPolicy.AUTO, List.of());
    }
}
