package dev.speckitty.sync.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything under a directory, to prove that a command wrote nothing: each path (relative) with its kind and mode,
 * and for a regular file its size and SHA-256, for a symbolic link its target. Links are never followed. An absent
 * top directory is recorded as absent, so "never created" is compared too.
 */
public record TreeSnapshot(Path top, Map<String, String> entries) {

    public static TreeSnapshot of(Path top) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            entries.put(".", "absent");
            return new TreeSnapshot(top, entries);
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    entries.put(name(dir), "dir " + mode(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isSymbolicLink()) {
                        entries.put(name(file), "link " + Files.readSymbolicLink(file));
                    } else {
                        entries.put(name(file), "file " + mode(file) + " " + attributes.size() + " "
                                + sha256(Files.readAllBytes(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private String name(Path path) {
                    String relative = top.relativize(path).toString();
                    return relative.isEmpty() ? "." : relative;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(top, entries);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
