package dev.speckitty.sync.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checkout being tested: the system property {@code spec-kitty.repo} (set by this module's pom), else the
 * nearest directory at or above the working directory whose pom.xml is the reactor parent.
 */
final class RepositoryRoot {
    static final String PROPERTY = "spec-kitty.repo";
    private static final String PARENT_ARTIFACT = "<artifactId>spec-kitty-sync-parent</artifactId>";
    private static final int MAX_LEVELS = 32;

    private RepositoryRoot() {
    }

    static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank() && isReactorParent(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (int level = 0; directory != null && level < MAX_LEVELS; level++, directory = directory.getParent()) {
            if (isReactorParent(directory)) {
                return directory;
            }
        }
        throw new IllegalStateException("cannot find the spec-kitty-sync checkout: set -D" + PROPERTY
                + "=<checkout> or run from inside it");
    }

    /** The reactor's module directories (every direct subdirectory holding a pom.xml). */
    static List<Path> modules(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isReactorParent(Path directory) {
        Path pom = directory.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains(PARENT_ARTIFACT);
        } catch (IOException e) {
            return false;
        }
    }
}
