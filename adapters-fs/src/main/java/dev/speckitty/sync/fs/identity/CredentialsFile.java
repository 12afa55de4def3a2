package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.core.identity.CredentialsOutcomes;
import dev.speckitty.sync.core.identity.CredentialsReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.tomlj.TomlTable;

/**
 * {@code <R>/credentials} (on-disk.md §5.3). Only {@code [user]} and {@code [server]} are looked at; the
 * {@code [tokens]} table is never read here.
 */
final class CredentialsFile {
    static final String FILE_NAME = "credentials";

    private CredentialsFile() {
    }

    static CredentialsReport read(Path root) {
        Path file = root.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException absent) {
            return CredentialsReport.absent(file);
        } catch (IOException e) {
            return CredentialsOutcomes.unreadable(file, e.getClass().getSimpleName());
        }
        return fromBytes(file, bytes);
    }

    /** Evaluates the bytes of a credentials file; never throws. */
    static CredentialsReport fromBytes(Path file, byte[] bytes) {
        Optional<TomlTable> document = TomlDocuments.parse(bytes);
        if (document.isEmpty()) {
            return CredentialsOutcomes.notValidToml(file);
        }
        TomlTable toml = document.get();
        return CredentialsOutcomes.fromValues(file,
                TomlDocuments.stringIn(toml, "user", "username"),
                TomlDocuments.stringIn(toml, "user", "team_slug"),
                TomlDocuments.stringIn(toml, "server", "url"));
    }
}
