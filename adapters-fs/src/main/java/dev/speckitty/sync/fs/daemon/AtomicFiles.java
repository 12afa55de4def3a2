package dev.speckitty.sync.fs.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/** Atomic replacement of a file (on-disk.md §4.3), used for the state file and owner.json. */
final class AtomicFiles {
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code .<basename>-<random>.tmp} beside the target (mode 0600), fsyncs it, renames it
     * over the target, and fsyncs the directory on a best-effort basis. On failure the temporary file is removed
     * and the error propagates; the target is then unchanged.
     */
    static void replace(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        byte[] suffix = new byte[8];
        RANDOM.nextBytes(suffix);
        Path temporary = directory.resolve("." + target.getFileName() + "-" + HexFormat.of().formatHex(suffix) + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary,
                Set.<OpenOption>of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))) {
            try {
                Files.setPosixFilePermissions(temporary, OWNER_ONLY_FILE); // the umask may have masked the attribute
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                discard(temporary, e);
                throw e;
            }
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            discard(temporary, e);
            throw e;
        }
        syncDirectory(directory);
    }

    private static void discard(Path temporary, Exception cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException again) {
            cause.addSuppressed(again);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // best effort: some file systems cannot fsync a directory
        }
    }
}
