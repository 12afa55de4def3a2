package dev.speckitty.sync.fs.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigFileTest {
    @TempDir
    Path root;

    private Path file() {
        return root.resolve("config.toml");
    }

    private SyncConfig read(String toml) throws Exception {
        Files.writeString(file(), toml, StandardCharsets.UTF_8);
        return ConfigFile.read(root);
    }

    private String warning(String key) {
        return file() + ": " + key + " is invalid; using the default";
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutWarnings() {
        assertEquals(SyncConfig.defaults(), ConfigFile.read(root));
    }

    @Test
    void allKeysRead() throws Exception {
        SyncConfig config = read("""
                [other]
                x = 1
                [sync]
                server_url = "HTTPS://Spec-Kitty-Dev.fly.dev/"
                max_queue_size = 250
                background_daemon = "MANUAL"
                unknown = true
                """);
        assertEquals(new SyncConfig(Optional.of("HTTPS://Spec-Kitty-Dev.fly.dev"), 250,
                BackgroundDaemonPolicy.MANUAL, List.of()), config);
    }

    @Test
    void aFileWithoutSyncTableGivesTheDefaults() throws Exception {
        assertEquals(SyncConfig.defaults(), read("[project]\nname = \"x\"\n"));
    }

    @Test
    void eachInvalidKeyWarnsOnceAndFallsBack() throws Exception {
        SyncConfig config = read("""
                [sync]
                server_url = "   "
                max_queue_size = 10.5
                background_daemon = "never"
                """);
        assertEquals(SyncConfig.DEFAULT_MAX_QUEUE_SIZE, config.maxQueueSize());
        assertEquals(Optional.empty(), config.serverUrl());
        assertEquals(BackgroundDaemonPolicy.AUTO, config.backgroundDaemon());
        assertEquals(List.of(warning("[sync].server_url"), warning("[sync].max_queue_size"),
                warning("[sync].background_daemon")), config.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"max_queue_size = 0", "max_queue_size = -5", "max_queue_size = \"100\"",
        "max_queue_size = 1979-05-27"})
    void maxQueueSizeMustBeAPositiveInteger(String line) throws Exception {
        assertEquals(List.of(warning("[sync].max_queue_size")), read("[sync]\n" + line + "\n").warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[sync", "[sync]\nserver_url = ", "[sync]\nmax_queue_size = 99999999999999999999",
        "[sync]\nserver_url = 'a'\nserver_url = 'b'"})
    void anUnparseableFileWarnsWithTheStarKey(String toml) throws Exception {
        SyncConfig config = read(toml);
        assertEquals(List.of(warning("*")), config.warnings());
        assertEquals(SyncConfig.DEFAULT_MAX_QUEUE_SIZE, config.maxQueueSize());
    }

    @Test
    void invalidUtf8IsUnparseable() throws Exception {
        Files.write(file(), new byte[] {'[', 's', 'y', 'n', 'c', ']', '\n', 'a', '=', '"', (byte) 0xC0, '"'});
        assertEquals(List.of(warning("*")), ConfigFile.read(root).warnings());
    }

    @Test
    void anUnreadableFileIsUnparseable() throws Exception {
        Files.createDirectories(file());
        assertEquals(List.of(warning("*")), ConfigFile.read(root).warnings());
    }

    @Test
    void aSyncKeyThatIsNotATableWarnsWithTheTableName() throws Exception {
        assertEquals(List.of(warning("[sync]")), read("sync = \"on\"\n").warnings());
    }
}
