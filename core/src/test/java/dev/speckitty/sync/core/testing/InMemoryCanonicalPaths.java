package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.root.CanonicalizePath;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Canonical paths over symbolic links held in memory; everything that is not a link counts as plain. */
public final class InMemoryCanonicalPaths implements CanonicalizePath {
    private static final int MAX_LINK_STEPS = 40;

    private final Path workingDirectory;
    private final Map<Path, Path> links = new HashMap<>();

    public InMemoryCanonicalPaths(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public synchronized InMemoryCanonicalPaths symbolicLink(Path link, Path target) {
        links.put(link, target);
        return this;
    }

    @Override
    public synchronized Path canonical(Path path) {
        Path resolved = workingDirectory.resolve(path).normalize();
        int steps = 0;
        boolean changed = true;
        while (changed && steps++ < MAX_LINK_STEPS) {
            changed = false;
            for (int i = 1; i <= resolved.getNameCount(); i++) {
                Path prefix = resolved.getRoot().resolve(resolved.subpath(0, i));
                Path target = links.get(prefix);
                if (target != null) {
                    Path rest = i < resolved.getNameCount() ? resolved.subpath(i, resolved.getNameCount()) : null;
                    Path base = prefix.resolveSibling(target).normalize();
                    resolved = rest == null ? base : base.resolve(rest);
                    changed = true;
                    break;
                }
            }
        }
        return resolved;
    }
}
