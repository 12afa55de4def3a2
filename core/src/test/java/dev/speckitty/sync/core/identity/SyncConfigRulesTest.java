package dev.speckitty.sync.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncConfigRulesTest {
    private static final Path FILE = Path.of("/r/config.toml");

    @Test
    void anEmptyTableGivesTheDefaultsWithoutWarnings() {
        assertEquals(SyncConfig.defaults(), SyncConfigRules.fromSyncTable(FILE, Map.of()));
    }

    @Test
    void serverUrlIsTrimmedAndLosesTrailingSlashesButKeepsItsCase() {
        assertEquals(Optional.of("HTTPS://X.Example"),
                SyncConfigRules.fromSyncTable(FILE, Map.of("server_url", "\tHTTPS://X.Example//\n")).serverUrl());
    }

    @Test
    void blankOrNonStringServerUrlIsInvalid() {
        for (Object value : List.of("", "  ", "/", 5L, true)) {
            SyncConfig config = SyncConfigRules.fromSyncTable(FILE, Map.of("server_url", value));
            assertEquals(Optional.empty(), config.serverUrl(), () -> "value " + value);
            assertEquals(List.of("/r/config.toml: [sync].server_url is invalid; using the default"), config.warnings());
        }
    }

    @Test
    void maxQueueSizeMustBeAPositiveInteger() {
        assertEquals(7L, SyncConfigRules.fromSyncTable(FILE, Map.of("max_queue_size", 7L)).maxQueueSize());
        for (Object value : List.of(0L, -3L, 7.0d, "7")) {
            SyncConfig config = SyncConfigRules.fromSyncTable(FILE, Map.of("max_queue_size", value));
            assertEquals(100_000L, config.maxQueueSize());
            assertEquals(List.of("/r/config.toml: [sync].max_queue_size is invalid; using the default"),
                    config.warnings());
        }
    }

    @Test
    void backgroundDaemonIsAutoOrManualCaseInsensitively() {
        assertEquals(BackgroundDaemonPolicy.MANUAL,
                SyncConfigRules.fromSyncTable(FILE, Map.of("background_daemon", "MANUAL")).backgroundDaemon());
        assertEquals(BackgroundDaemonPolicy.AUTO,
                SyncConfigRules.fromSyncTable(FILE, Map.of("background_daemon", "Auto")).backgroundDaemon());
        SyncConfig invalid = SyncConfigRules.fromSyncTable(FILE, Map.of("background_daemon", "sometimes"));
        assertEquals(BackgroundDaemonPolicy.AUTO, invalid.backgroundDaemon());
        assertEquals(List.of("/r/config.toml: [sync].background_daemon is invalid; using the default"),
                invalid.warnings());
    }

    @Test
    void unknownKeysAreIgnored() {
        assertEquals(SyncConfig.defaults(), SyncConfigRules.fromSyncTable(FILE, Map.of("other", "x")));
    }

    @Test
    void anUnparseableFileWarnsOnceWithTheStarKey() {
        SyncConfig config = SyncConfigRules.unparseable(FILE);
        assertEquals(List.of("/r/config.toml: * is invalid; using the default"), config.warnings());
        assertEquals(SyncConfig.DEFAULT_MAX_QUEUE_SIZE, config.maxQueueSize());
    }

    @Test
    void aSyncKeyThatIsNotATableWarnsWithTheTableName() {
        assertEquals(List.of("/r/config.toml: [sync] is invalid; using the default"),
                SyncConfigRules.syncNotATable(FILE).warnings());
    }
}
