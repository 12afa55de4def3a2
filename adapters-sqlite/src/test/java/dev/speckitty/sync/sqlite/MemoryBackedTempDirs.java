package dev.speckitty.sync.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Puts this module's {@code @TempDir} roots on {@code /dev/shm} when it is a writable directory. SQLite
 * fsyncs every commit (synchronous=FULL, which the migration's ordering guarantee needs); on a disk that
 * makes the SQLite tests several times slower without testing anything more. Falls back to the default
 * temporary directory elsewhere. Configured in junit-platform.properties.
 */
public final class MemoryBackedTempDirs implements TempDirFactory {

    private static final Path SHARED_MEMORY = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws Exception {
        if (Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)) {
            return Files.createTempDirectory(SHARED_MEMORY, "junit-sqlite-");
        }
        return Files.createTempDirectory("junit-sqlite-");
    }
}
