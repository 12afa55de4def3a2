package dev.speckitty.sync.core.identity;

/** {@code [sync].background_daemon} of config.toml (on-disk.md §5.1). */
public enum BackgroundDaemonPolicy {
    AUTO,
    MANUAL
}
