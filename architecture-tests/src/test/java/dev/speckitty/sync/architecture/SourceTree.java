package dev.speckitty.sync.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text files of the checkout that the source scans read, keyed by repository-relative path. */
final class SourceTree {
    /** One text file: its path relative to the checkout, with '/' separators, and its content. */
    record SourceFile(String path, String text) {
    }

    private final Path root;

    SourceTree(Path root) {
        this.root = root;
    }

    /** Text files under {@code <module>/src/<set>} of every module (binary files, e.g. SQLite fixtures, skipped). */
    List<SourceFile> sourceSet(String set) {
        List<SourceFile> files = new ArrayList<>();
        for (Path module : RepositoryRoot.modules(root)) {
            Path directory = module.resolve("src").resolve(set);
            if (Files.isDirectory(directory)) {
                try (Stream<Path> walk = Files.walk(directory)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> read(file, files));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    /** The reactor's pom files: the parent's and every module's. */
    List<SourceFile> poms() {
        List<SourceFile> files = new ArrayList<>();
        read(root.resolve("pom.xml"), files);
        for (Path module : RepositoryRoot.modules(root)) {
            read(module.resolve("pom.xml"), files);
        }
        return files;
    }

    private void read(Path file, List<SourceFile> into) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return;
                }
            }
            String relative = root.relativize(file).toString().replace('\\', '/');
            into.add(new SourceFile(relative, new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
