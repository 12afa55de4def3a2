package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CanonicalPathsContract;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.CheckExecutableContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The file-side port contracts against the real adapters, on JUnit temporary directories. */
class FilePortsContractTest {

    @Nested
    class CheckExecutableOnDisk extends CheckExecutableContract {
        @TempDir
        Path directory;

        @Override
        protected CheckExecutable checker() {
            return DaemonFiles.checkExecutable();
        }

        @Override
        protected String existingFile() throws Exception {
            return Files.writeString(directory.resolve("spec-kitty-sync.jar"), "jar").toString();
        }

        @Override
        protected String missingFile() {
            return directory.resolve("gone/spec-kitty-sync.jar").toString();
        }

        /** A regular file used as a directory fails with ENOTDIR, which is not "no such file" (works as root too). */
        @Override
        protected String uncheckablePath() throws Exception {
            return Files.writeString(directory.resolve("plain-file"), "x").resolve("spec-kitty-sync.jar").toString();
        }
    }

    @Nested
    class CanonicalPathsOnDisk extends CanonicalPathsContract {
        @TempDir
        Path directory;

        @Override
        protected CanonicalPaths paths() {
            return DaemonFiles.canonicalPaths();
        }

        @Override
        protected Path base() throws Exception {
            return directory.toRealPath();
        }

        @Override
        protected void makeDirectory(Path path) throws Exception {
            Files.createDirectories(path);
        }

        @Override
        protected void makeLink(Path link, Path target) throws Exception {
            Files.createSymbolicLink(link, target);
        }
    }
}
