package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Canonical paths without a file system: absolute against {@code workingDirectory}, lexically normalised, then
 * the longest registered "symbolic link" prefix replaced by its target (repeatedly, bounded).
 */
public final class FakeCanonicalPaths implements CanonicalPaths {
    private static final int MAX_LINK_HOPS = 40;

    private final Path workingDirectory;
    private final Map<Path, Path> links = new LinkedHashMap<>();

    public FakeCanonicalPaths(Path workingDirectory) {
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute");
        }
        this.workingDirectory = workingDirectory;
    }

    /** Pretends {@code link} is a symbolic link to the absolute {@code target}. */
    public synchronized FakeCanonicalPaths link(Path link, Path target) {
        links.put(link.normalize(), target.normalize());
        return this;
    }

    @Override
    public synchronized String canonical(String path) {
        Path current;
        try {
            current = workingDirectory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return path;
        }
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            Path resolved = replaceLongestLinkPrefix(current);
            if (resolved.equals(current)) {
                break;
            }
            current = resolved;
        }
        return current.toString();
    }

    private Path replaceLongestLinkPrefix(Path path) {
        for (int count = path.getNameCount(); count > 0; count--) {
            Path prefix = path.getRoot().resolve(path.subpath(0, count));
            Path target = links.get(prefix);
            if (target != null) {
                return count == path.getNameCount() ? target : target.resolve(path.subpath(count, path.getNameCount())).normalize();
            }
        }
        return path;
    }
}
