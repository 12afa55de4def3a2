package dev.speckitty.sync.fs.root;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.testing.InspectRootSafetyContract;
import dev.speckitty.sync.fs.HostFacts;
import dev.speckitty.sync.fs.OwnerOnlyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Root safety on real directories; "another user" is simulated by telling the adapter a different real uid. */
class FileRootSafetyTest extends InspectRootSafetyContract {

    @Override
    protected InspectRootSafety inspectorForUid(long realUid) {
        return RootDirectories.safety(HostFacts.fixed("test-host", realUid));
    }

    @Override
    protected long ownerOfNewDirectories() {
        try {
            return Integer.toUnsignedLong((Integer) Files.getAttribute(base, "unix:uid"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void makeDirectory(Path directory, int permissionBits) throws Exception {
        Files.createDirectory(directory);
        Files.setPosixFilePermissions(directory, permissions(permissionBits));
    }

    @Override
    protected void makeSymbolicLink(Path link, Path target) throws Exception {
        Files.createSymbolicLink(link, target);
    }

    @Test
    void directoriesThisProductCreatesPassWithTheRealHostFacts() throws Exception {
        OwnerOnlyFiles.createDirectories(root.resolve("sync/daemon"));
        OwnerOnlyFiles.createDirectories(root.resolve("queues"));
        assertEquals(Optional.empty(), RootDirectories.safety(HostFacts.system()).inspect(root));
    }

    private static Set<PosixFilePermission> permissions(int bits) {
        Set<PosixFilePermission> permissions = new HashSet<>();
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((bits & (0400 >> permission.ordinal())) != 0) {
                permissions.add(permission);
            }
        }
        return permissions;
    }
}
