package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.root.CanonicalizePath;
import java.nio.file.Path;

class InMemoryCanonicalPathsTest extends CanonicalizePathContract {
    private static final Path WORKING_DIRECTORY = Path.of("/work/dir");
    private final InMemoryCanonicalPaths fake = new InMemoryCanonicalPaths(WORKING_DIRECTORY);

    @Override
    protected CanonicalizePath subject() {
        return fake;
    }

    @Override
    protected Path canonicalWorkingDirectory() {
        return WORKING_DIRECTORY;
    }

    @Override
    protected void makeDirectory(Path directory) {
        // Plain directories need no record: every path that is not a link is plain.
    }

    @Override
    protected void makeSymbolicLink(Path link, Path target) {
        fake.symbolicLink(link, target);
    }
}
