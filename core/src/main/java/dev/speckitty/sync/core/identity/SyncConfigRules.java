package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the raw values of config.toml's {@code [sync]} table into a {@link SyncConfig} (on-disk.md §5.1,
 * clarifications #11). Pure: the adapter parses TOML and hands over the values as the parser produced them
 * (a {@code String}, a {@code Long}, anything else); every invalid key falls back to its default with one
 * warning naming it.
 */
public final class SyncConfigRules {

    public static final String SERVER_URL_KEY = "server_url";
    public static final String MAX_QUEUE_SIZE_KEY = "max_queue_size";
    public static final String BACKGROUND_DAEMON_KEY = "background_daemon";
    /** The warning key of a file that cannot be read or parsed at all. */
    public static final String WHOLE_FILE_KEY = "*";
    /** The warning key when {@code sync} exists but is not a table (decided here). */
    public static final String SYNC_TABLE_KEY = "[sync]";

    private SyncConfigRules() {
    }

    /**
     * @param configFile   {@code <R>/config.toml}, named in warnings
     * @param syncValues   the {@code [sync]} table's values by key; a missing key is absent from the map
     */
    public static SyncConfig fromSyncTable(Path configFile, Map<String, ?> syncValues) {
        List<String> warnings = new ArrayList<>();

        Optional<String> serverUrl = Optional.empty();
        if (syncValues.containsKey(SERVER_URL_KEY)) {
            serverUrl = syncValues.get(SERVER_URL_KEY) instanceof String s ? normalizeServerUrl(s) : Optional.empty();
            if (serverUrl.isEmpty()) {
                warnings.add(invalidKeyWarning(configFile, "[sync]." + SERVER_URL_KEY));
            }
        }

        long maxQueueSize = SyncConfig.DEFAULT_MAX_QUEUE_SIZE;
        if (syncValues.containsKey(MAX_QUEUE_SIZE_KEY)) {
            if (syncValues.get(MAX_QUEUE_SIZE_KEY) instanceof Long size && size > 0) {
                maxQueueSize = size;
            } else {
                warnings.add(invalidKeyWarning(configFile, "[sync]." + MAX_QUEUE_SIZE_KEY));
            }
        }

        BackgroundDaemonPolicy backgroundDaemon = BackgroundDaemonPolicy.AUTO;
        if (syncValues.containsKey(BACKGROUND_DAEMON_KEY)) {
            Optional<BackgroundDaemonPolicy> policy = syncValues.get(BACKGROUND_DAEMON_KEY) instanceof String s
                    ? backgroundDaemonPolicy(s) : Optional.empty();
            if (policy.isPresent()) {
                backgroundDaemon = policy.get();
            } else {
                warnings.add(invalidKeyWarning(configFile, "[sync]." + BACKGROUND_DAEMON_KEY));
            }
        }
        return new SyncConfig(serverUrl, maxQueueSize, backgroundDaemon, warnings);
    }

    /** The file exists but cannot be read, decoded or parsed: every default, one warning with key {@code *}. */
    public static SyncConfig unparseable(Path configFile) {
        return withOneWarning(configFile, WHOLE_FILE_KEY);
    }

    /** {@code sync} is present but not a table: every default, one warning with key {@code [sync]}. */
    public static SyncConfig syncNotATable(Path configFile) {
        return withOneWarning(configFile, SYNC_TABLE_KEY);
    }

    /** {@code <R>/config.toml: <key> is invalid; using the default} (printed with a {@code [WARN] } prefix). */
    public static String invalidKeyWarning(Path configFile, String key) {
        return configFile + ": " + key + " is invalid; using the default";
    }

    /**
     * A server URL as this product uses it (on-disk.md §5.2): trimmed, trailing {@code /} removed, case kept.
     * Empty when nothing remains (a blank value, or only slashes), which callers treat as not set.
     */
    public static Optional<String> normalizeServerUrl(String raw) {
        String url = raw.strip();
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        url = url.substring(0, end);
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    private static Optional<BackgroundDaemonPolicy> backgroundDaemonPolicy(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Optional.of(BackgroundDaemonPolicy.AUTO);
            case "manual" -> Optional.of(BackgroundDaemonPolicy.MANUAL);
            default -> Optional.empty();
        };
    }

    private static SyncConfig withOneWarning(Path configFile, String key) {
        SyncConfig defaults = SyncConfig.defaults();
        return new SyncConfig(defaults.serverUrl(), defaults.maxQueueSize(), defaults.backgroundDaemon(),
                List.of(invalidKeyWarning(configFile, key)));
    }
}
