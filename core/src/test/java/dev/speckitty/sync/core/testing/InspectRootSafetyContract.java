package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.root.RootRefusal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviour every {@link InspectRootSafety} must have (clarifications #30). */
public abstract class InspectRootSafetyContract {

    @TempDir
    protected Path base;

    protected Path root;

    /** An inspector that takes {@code realUid} as the invoking user's real uid. */
    protected abstract InspectRootSafety inspectorForUid(long realUid);

    /** The uid that owns the directories {@link #makeDirectory} creates. */
    protected abstract long ownerOfNewDirectories();

    /** Creates {@code directory} (its parent exists) with exactly these permission bits. */
    protected abstract void makeDirectory(Path directory, int permissionBits) throws Exception;

    protected abstract void makeSymbolicLink(Path link, Path target) throws Exception;

    @BeforeEach
    void nameTheRoot() {
        root = base.resolve("root");
    }

    private Optional<RootRefusal> inspectAsOwner() {
        return inspectorForUid(ownerOfNewDirectories()).inspect(root);
    }

    @Test
    void aMissingRootIsSafe() {
        assertEquals(Optional.empty(), inspectAsOwner());
    }

    @Test
    void privateAndGroupWritableDirectoriesAreSafe() throws Exception {
        makeDirectory(root, 0775);
        makeDirectory(root.resolve("sync"), 0700);
        makeDirectory(root.resolve("sync/daemon"), 0770);
        makeDirectory(root.resolve("queues"), 0755);
        assertEquals(Optional.empty(), inspectAsOwner());
    }

    @Test
    void aRootWritableByOthersIsRefusedWithItsMode() throws Exception {
        makeDirectory(root, 0777);
        assertEquals(Optional.of(new RootRefusal(root, "writable by others (mode=0o777)")), inspectAsOwner());
    }

    @Test
    void aRootOfAnotherUserIsRefusedNamingTheRealUid() throws Exception {
        makeDirectory(root, 0700);
        long someoneElse = ownerOfNewDirectories() + 1;
        assertEquals(Optional.of(new RootRefusal(root, "not owned by uid " + someoneElse)),
                inspectorForUid(someoneElse).inspect(root));
    }

    @Test
    void ownershipIsJudgedBeforeTheMode() throws Exception {
        makeDirectory(root, 0777);
        long someoneElse = ownerOfNewDirectories() + 1;
        assertEquals("not owned by uid " + someoneElse,
                inspectorForUid(someoneElse).inspect(root).orElseThrow().reason());
    }

    @Test
    void everyProductDirectoryIsCheckedInOrder() throws Exception {
        makeDirectory(root, 0700);
        makeDirectory(root.resolve("sync"), 0700);
        makeDirectory(root.resolve("sync/daemon"), 0703);
        makeDirectory(root.resolve("queues"), 0757);
        assertEquals(Optional.of(new RootRefusal(root.resolve("sync/daemon"), "writable by others (mode=0o703)")),
                inspectAsOwner());
    }

    @Test
    void queuesWritableByOthersIsRefused() throws Exception {
        makeDirectory(root, 0700);
        makeDirectory(root.resolve("queues"), 0757);
        assertEquals(Optional.of(new RootRefusal(root.resolve("queues"), "writable by others (mode=0o757)")),
                inspectAsOwner());
    }

    @Test
    void aSymbolicLinkWhereAProductDirectoryShouldBeIsRefused() throws Exception {
        makeDirectory(root, 0700);
        makeDirectory(base.resolve("elsewhere"), 0700);
        makeSymbolicLink(root.resolve("queues"), base.resolve("elsewhere"));
        assertEquals(Optional.of(new RootRefusal(root.resolve("queues"), "is a symbolic link")), inspectAsOwner());
    }

    @Test
    void aRootReachedThroughASymbolicLinkIsJudgedByItsTarget() throws Exception {
        makeDirectory(base.resolve("real-root"), 0700);
        makeSymbolicLink(root, base.resolve("real-root"));
        assertEquals(Optional.empty(), inspectAsOwner());
    }

    @Test
    void aLinkedRootWhoseTargetIsWritableByOthersIsRefused() throws Exception {
        makeDirectory(base.resolve("real-root"), 0777);
        makeSymbolicLink(root, base.resolve("real-root"));
        assertEquals(Optional.of(new RootRefusal(root, "writable by others (mode=0o777)")), inspectAsOwner());
    }
}
