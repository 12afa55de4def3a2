package dev.speckitty.sync.fs.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.testing.CanonicalizePathContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileCanonicalPathsTest extends CanonicalizePathContract {

    @Override
    protected CanonicalizePath subject() {
        return RootDirectories.canonicalPaths();
    }

    @Override
    protected Path canonicalWorkingDirectory() throws Exception {
        return Path.of("").toAbsolutePath().toRealPath();
    }

    @Override
    protected void makeDirectory(Path directory) throws Exception {
        Files.createDirectories(directory);
    }

    @Override
    protected void makeSymbolicLink(Path link, Path target) throws Exception {
        Files.createSymbolicLink(link, target);
    }

    @Test
    void anIoErrorWhileResolvingGivesTheLexicalPath() throws Exception {
        Files.createSymbolicLink(base.resolve("loop-a"), base.resolve("loop-b"));
        Files.createSymbolicLink(base.resolve("loop-b"), base.resolve("loop-a"));
        Path looping = base.resolve("loop-a/./x");
        assertEquals(base.resolve("loop-a/x"), subject().canonical(looping));
    }
}
