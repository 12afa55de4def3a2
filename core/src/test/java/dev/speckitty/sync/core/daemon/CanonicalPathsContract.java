package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What every {@link CanonicalPaths} does; subclassed for the fake and for the file adapter. */
public abstract class CanonicalPathsContract {

    protected abstract CanonicalPaths paths();

    /** An existing directory whose absolute path is already canonical. */
    protected abstract Path base() throws Exception;

    protected abstract void makeDirectory(Path directory) throws Exception;

    protected abstract void makeLink(Path link, Path target) throws Exception;

    @Test
    void dotsAreRemovedAndTheMissingRemainderIsKept() throws Exception {
        Path base = base();
        assertEquals(base.resolve("a/c").toString(), paths().canonical(base + "/a/./b/../c"));
        assertEquals(base.toString(), paths().canonical(base + "/x/.."));
    }

    @Test
    void linksInTheExistingPrefixAreResolved() throws Exception {
        Path base = base();
        makeDirectory(base.resolve("real"));
        makeLink(base.resolve("link"), base.resolve("real"));
        assertEquals(base.resolve("real/lib/spec-kitty-sync.jar").toString(),
                paths().canonical(base.resolve("link/lib/spec-kitty-sync.jar").toString()));
        assertEquals(base.resolve("real").toString(), paths().canonical(base.resolve("link").toString()));
    }

    @Test
    void dotDotIsRemovedBeforeLinksAreResolved() throws Exception {
        Path base = base();
        makeDirectory(base.resolve("real/deep"));
        makeLink(base.resolve("shortcut"), base.resolve("real/deep"));
        assertEquals(base.resolve("other").toString(), paths().canonical(base + "/shortcut/../other"));
    }

    @Test
    void relativePathsAreTakenAgainstTheWorkingDirectory() {
        String absolute = Path.of("").toAbsolutePath().resolve("rel/x").toString();
        assertEquals(paths().canonical(absolute), paths().canonical("rel/x"));
    }

    @Test
    void aStringThatIsNoPathIsKept() {
        assertEquals("/a\0b", paths().canonical("/a\0b"));
    }
}
