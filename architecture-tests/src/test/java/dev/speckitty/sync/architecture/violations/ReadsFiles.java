package dev.speckitty.sync.architecture.violations;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Touches the disk with both java.io streams and java.nio.file.Files, as core must not. */
final class ReadsFiles {
    InputStream stream(String name) throws IOException {
        return new FileInputStream(name);
    }

    String text(Path path) throws IOException {
        return Files.readString(path);
    }
}
