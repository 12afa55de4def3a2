package dev.speckitty.sync.fs.root;

import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.fs.HostFacts;

/** Entry point of this package: root safety and canonical paths on the real file system. */
public final class RootDirectories {
    private RootDirectories() {
    }

    /** Root safety judged against {@code host}'s real uid. */
    public static InspectRootSafety safety(HostFacts host) {
        return new FileRootSafety(host);
    }

    public static CanonicalizePath canonicalPaths() {
        return new FileCanonicalPaths();
    }
}
