package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.identity.SyncConfigRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlTable;

/** {@code <R>/config.toml} (on-disk.md §5.1): the three {@code [sync]} keys, everything else ignored. */
final class ConfigFile {
    static final String FILE_NAME = "config.toml";
    private static final List<String> KEYS = List.of(SyncConfigRules.SERVER_URL_KEY,
            SyncConfigRules.MAX_QUEUE_SIZE_KEY, SyncConfigRules.BACKGROUND_DAEMON_KEY);

    private ConfigFile() {
    }

    static SyncConfig read(Path root) {
        Path file = root.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return SyncConfig.defaults();
        } catch (IOException unreadable) {
            return SyncConfigRules.unparseable(file);
        }
        return fromBytes(file, bytes);
    }

    /** Evaluates the bytes of a config file; never throws. */
    static SyncConfig fromBytes(Path file, byte[] bytes) {
        Optional<TomlTable> document = TomlDocuments.parse(bytes);
        if (document.isEmpty()) {
            return SyncConfigRules.unparseable(file);
        }
        Object sync = document.get().get(List.of("sync"));
        if (sync == null) {
            return SyncConfigRules.fromSyncTable(file, Map.of());
        }
        if (!(sync instanceof TomlTable table)) {
            return SyncConfigRules.syncNotATable(file);
        }
        Map<String, Object> values = new HashMap<>();
        for (String key : KEYS) {
            Object value = table.get(List.of(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        return SyncConfigRules.fromSyncTable(file, values);
    }
}
