package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.root.CanonicalizePath;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour every {@link CanonicalizePath} must have (on-disk.md §1.5). */
public abstract class CanonicalizePathContract {

    @TempDir
    protected Path base;

    /** {@code base} as the implementation sees it (the temp directory may itself sit below a link). */
    private Path canonicalBase;

    protected abstract CanonicalizePath subject();

    /** The canonical working directory relative paths are resolved against. */
    protected abstract Path canonicalWorkingDirectory() throws Exception;

    protected abstract void makeDirectory(Path directory) throws Exception;

    protected abstract void makeSymbolicLink(Path link, Path target) throws Exception;

    @BeforeEach
    void resolveBase() {
        canonicalBase = subject().canonical(base);
    }

    @Test
    void aRelativePathIsMadeAbsoluteAgainstTheWorkingDirectory() throws Exception {
        Path relative = Path.of("no-such-directory-for-canonical-test", "file");
        assertEquals(canonicalWorkingDirectory().resolve(relative), subject().canonical(relative));
    }

    @Test
    void dotsAreRemovedLexically() {
        assertEquals(canonicalBase.resolve("b"), subject().canonical(base.resolve("a/./../b/.")));
    }

    @Test
    void aMissingRemainderIsAppendedUnchangedWithItsCase() {
        assertEquals(canonicalBase.resolve("Missing/Child.DB"), subject().canonical(base.resolve("Missing/Child.DB")));
    }

    @Test
    void linksOfTheExistingPrefixAreResolved() throws Exception {
        makeDirectory(base.resolve("real"));
        makeSymbolicLink(base.resolve("link"), base.resolve("real"));
        assertEquals(canonicalBase.resolve("real"), subject().canonical(base.resolve("link")));
        assertEquals(canonicalBase.resolve("real/missing/x"), subject().canonical(base.resolve("link/missing/x")));
    }

    @Test
    void chainsOfLinksAreFollowed() throws Exception {
        makeDirectory(base.resolve("real"));
        makeSymbolicLink(base.resolve("first"), base.resolve("real"));
        makeSymbolicLink(base.resolve("second"), base.resolve("first"));
        assertEquals(canonicalBase.resolve("real/x"), subject().canonical(base.resolve("second/x")));
    }

    @Test
    void dotDotIsAppliedBeforeLinksAreResolved() throws Exception {
        makeDirectory(base.resolve("deep/real"));
        makeSymbolicLink(base.resolve("link"), base.resolve("deep/real"));
        assertEquals(canonicalBase.resolve("other"), subject().canonical(base.resolve("link/../other")));
    }
}
