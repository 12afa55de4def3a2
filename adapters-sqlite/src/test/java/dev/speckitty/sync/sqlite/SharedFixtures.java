package dev.speckitty.sync.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fixture DBs written by the Python reference ({@code shared/fixtures}, described by its MANIFEST.md).
 * Found through the system property {@code speckitty.fixtures}, else by walking up from the working directory
 * to a directory holding {@code shared/fixtures/MANIFEST.md} (shared/ is a sibling of the repository root,
 * locally and on CI). Tests only ever work on copies.
 */
final class SharedFixtures {

    static final String PROPERTY = "speckitty.fixtures";

    private SharedFixtures() {
    }

    static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures not found above " + Path.of("").toAbsolutePath()
                + "; set -D" + PROPERTY + "=<dir>");
    }

    /** Copies fixture {@code name} to {@code target} (parents created), writable by the owner only. */
    static Path copy(String name, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(directory().resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
