package dev.speckitty.sync.core.root;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the file system says about one product directory path, as far as root safety cares.
 *
 * @param ownerUid       numeric owner; meaningful only for {@link Kind#PRESENT}
 * @param permissionBits the nine POSIX permission bits (e.g. {@code 0755}); meaningful only for PRESENT
 */
public record RootEntry(Path path, Kind kind, long ownerUid, int permissionBits) {

    public enum Kind {
        ABSENT,
        /** A symbolic link where a product directory should be (never reported for {@code <R>} itself). */
        SYMBOLIC_LINK,
        PRESENT
    }

    public RootEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        if ((permissionBits & ~0777) != 0) {
            throw new IllegalArgumentException("permission bits out of range: " + Integer.toOctalString(permissionBits));
        }
    }

    public static RootEntry absent(Path path) {
        return new RootEntry(path, Kind.ABSENT, -1, 0);
    }

    public static RootEntry symbolicLink(Path path) {
        return new RootEntry(path, Kind.SYMBOLIC_LINK, -1, 0);
    }

    public static RootEntry present(Path path, long ownerUid, int permissionBits) {
        return new RootEntry(path, Kind.PRESENT, ownerUid, permissionBits);
    }
}
