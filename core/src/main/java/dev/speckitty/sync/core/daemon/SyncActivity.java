package dev.speckitty.sync.core.daemon;

/**
 * The {@code sync} object of a health response (daemon.md §7.1). Components are null when absent or of another
 * JSON type: {@code running} is the in-flight flag, {@code lastSync} the completion time of the last successful
 * pass, {@code consecutiveFailures} a JSON integer.
 */
public record SyncActivity(Boolean running, String lastSync, Long consecutiveFailures) {
}
