package dev.speckitty.sync.cli.bench;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bench's own directory under {@code java.io.tmpdir}, holding every root it measures on; closing it
 * deletes it all. The bench never receives, resolves or touches the operator's root.
 */
final class BenchWorkspace implements AutoCloseable {

    /** The identity of every bench root: legacy credentials (on-disk.md §5.3) without tokens. */
    static final Identity IDENTITY = new Identity(IdentitySource.CREDENTIALS, "bench@example.invalid",
            "bench-team", "https://bench.invalid");

    private static final String CREDENTIALS = """
            [user]
            username = "bench@example.invalid"
            team_slug = "bench-team"

            [server]
            url = "https://bench.invalid"
            """;

    private final Path directory;

    private BenchWorkspace(Path directory) {
        this.directory = directory;
    }

    /** A new directory {@code spec-kitty-bench-<random>} (0700) in {@code parent}. */
    static BenchWorkspace create(Path parent) {
        try {
            return new BenchWorkspace(Files.createTempDirectory(parent, "spec-kitty-bench-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bench directory under " + parent, e);
        }
    }

    Path directory() {
        return directory;
    }

    /** A new empty directory (0700) of the workspace, for a root or a seed file. */
    Path newDirectory(String name) {
        try {
            return Files.createDirectory(directory.resolve(name),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory.resolve(name), e);
        }
    }

    /** A new root whose credentials resolve to {@link #IDENTITY}. */
    Path newAuthenticatedRoot(String name) {
        Path root = newDirectory(name);
        try {
            Files.writeString(root.resolve("credentials"), CREDENTIALS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench credentials of " + root, e);
        }
        return root;
    }

    /** The scoped queue of {@link #IDENTITY} under {@code root} (on-disk.md §5.7). */
    static Path scopedQueue(Path root) {
        Scope scope = IDENTITY.scope();
        return QueuePaths.of(root, Optional.of(scope)).scoped().orElseThrow();
    }

    /**
     * The legacy queue file of a bench root. Built from the file name constant, not from
     * {@code QueuePaths.legacy()}, whose callers are an exact allow-list of product code that may reach an
     * operator's legacy queue; the bench only ever names the one under its own temporary roots.
     */
    static Path legacyQueue(Path root) {
        return root.resolve(QueuePaths.LEGACY_FILE_NAME);
    }

    /** An environment that names only {@code root} (and a home beside it): nothing of the operator's leaks in. */
    Environment environmentFor(Path root) {
        return Environment.of(Map.of(Environment.SPEC_KITTY_HOME, root.toString(),
                Environment.HOME, directory.resolve("home").toString()));
    }

    /** Copies a file (the synthetic legacy queue) to {@code target}. */
    static void copy(Path source, Path target) {
        try {
            Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** Deletes the whole workspace, deepest entries first; links are deleted, never followed. */
    @Override
    public void close() {
        try (Stream<Path> entries = Files.walk(directory)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the bench directory " + directory, e);
        }
    }
}
