package dev.speckitty.sync.core.root;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The pure rule behind {@link InspectRootSafety} (clarifications #30): which paths, and what refuses them. */
public final class RootSafety {

    private static final int OTHERS_WRITE = 0002;

    private RootSafety() {
    }

    /** {@code <R>}, {@code <R>/sync}, {@code <R>/sync/daemon}, {@code <R>/queues}, in the order they are judged. */
    public static List<Path> productDirectories(Path root) {
        return List.of(root, root.resolve("sync"), root.resolve("sync").resolve("daemon"), root.resolve("queues"));
    }

    /** The first refusal among {@code entries} (in their order), or empty when all are absent or acceptable. */
    public static Optional<RootRefusal> judge(List<RootEntry> entries, long realUid) {
        for (RootEntry entry : entries) {
            Optional<String> reason = reason(entry, realUid);
            if (reason.isPresent()) {
                return Optional.of(new RootRefusal(entry.path(), reason.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> reason(RootEntry entry, long realUid) {
        return switch (entry.kind()) {
            case ABSENT -> Optional.empty();
            // Reason text decided here: the contract refuses links "the same way" without naming a reason.
            case SYMBOLIC_LINK -> Optional.of("is a symbolic link");
            case PRESENT -> {
                if (entry.ownerUid() != realUid) {
                    yield Optional.of("not owned by uid " + realUid);
                }
                if ((entry.permissionBits() & OTHERS_WRITE) != 0) {
                    yield Optional.of("writable by others (mode=0o" + Integer.toOctalString(entry.permissionBits()) + ")");
                }
                yield Optional.empty();
            }
        };
    }
}
