package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.root.RootEntry;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.root.RootSafety;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Directories and links held in memory, judged by the same {@link RootSafety} rule as the file adapter. */
public final class InMemoryRootSafety implements InspectRootSafety {
    private final long realUid;
    private final Map<Path, RootEntry> directories = new HashMap<>();
    private final Map<Path, Path> links = new HashMap<>();

    public InMemoryRootSafety(long realUid) {
        this.realUid = realUid;
    }

    public synchronized InMemoryRootSafety directory(Path path, long ownerUid, int permissionBits) {
        directories.put(path, RootEntry.present(path, ownerUid, permissionBits));
        return this;
    }

    public synchronized InMemoryRootSafety symbolicLink(Path link, Path target) {
        links.put(link, target);
        return this;
    }

    @Override
    public synchronized Optional<RootRefusal> inspect(Path root) {
        List<RootEntry> entries = new ArrayList<>();
        for (Path path : RootSafety.productDirectories(root)) {
            if (path.equals(root)) {
                RootEntry target = directories.get(links.getOrDefault(root, root));
                entries.add(target == null ? RootEntry.absent(root)
                        : RootEntry.present(root, target.ownerUid(), target.permissionBits()));
            } else if (links.containsKey(path)) {
                entries.add(RootEntry.symbolicLink(path));
            } else {
                entries.add(directories.getOrDefault(path, RootEntry.absent(path)));
            }
        }
        return RootSafety.judge(entries, realUid);
    }
}
