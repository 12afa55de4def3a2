package dev.speckitty.sync.fs.root;

import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.root.RootEntry;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.root.RootSafety;
import dev.speckitty.sync.fs.HostFacts;
import dev.speckitty.sync.fs.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads owner and mode of the product directories and lets {@link RootSafety} judge them. {@code <R>} is read
 * through a symbolic link (the user chose the root, possibly as a link); the directories below it are not.
 */
final class FileRootSafety implements InspectRootSafety {
    private final HostFacts host;

    FileRootSafety(HostFacts host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public Optional<RootRefusal> inspect(Path root) {
        List<RootEntry> entries = new ArrayList<>();
        for (Path directory : RootSafety.productDirectories(root)) {
            entries.add(directory.equals(root) ? entry(directory) : entry(directory, LinkOption.NOFOLLOW_LINKS));
        }
        return RootSafety.judge(entries, host.realUid());
    }

    private static RootEntry entry(Path path, LinkOption... options) {
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, options);
            if (attributes.isSymbolicLink()) {
                return RootEntry.symbolicLink(path);
            }
            int uid = (Integer) Files.getAttribute(path, "unix:uid", options);
            return RootEntry.present(path, Integer.toUnsignedLong(uid),
                    OwnerOnlyFiles.permissionBits(attributes.permissions()));
        } catch (NoSuchFileException absent) {
            return RootEntry.absent(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + path + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
