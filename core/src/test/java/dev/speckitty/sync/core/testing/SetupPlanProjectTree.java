package dev.speckitty.sync.core.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory file tree for the setup-plan fakes: directories, regular files and symbolic links under absolute
 * paths. Thread-safe (every method synchronises on the tree), so the fakes can be raced like real files.
 */
public final class SetupPlanProjectTree implements SetupPlanTreeFixture {

    private sealed interface Entry {
    }

    private record Directory() implements Entry {
    }

    private record RegularFile(byte[] content) implements Entry {
    }

    private record Symlink(Path target) implements Entry {
    }

    private final Map<Path, Entry> entries = new TreeMap<>();

    private static Path key(Path path) {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("the in-memory tree takes absolute paths: " + path);
        }
        return path.normalize();
    }

    @Override
    public synchronized void directory(Path directory) {
        Path dir = key(directory);
        for (Path p = dir; p != null; p = p.getParent()) {
            Entry existing = entries.get(p);
            if (existing instanceof RegularFile || existing instanceof Symlink) {
                throw new IllegalStateException("not a directory: " + p);
            }
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            entries.putIfAbsent(p, new Directory());
        }
    }

    @Override
    public synchronized void file(Path file, byte[] content) {
        Path path = key(file);
        directory(path.getParent());
        entries.put(path, new RegularFile(content.clone()));
    }

    @Override
    public synchronized void symlink(Path link, Path target) {
        Path path = key(link);
        directory(path.getParent());
        entries.put(path, new Symlink(target));
    }

    @Override
    public synchronized Optional<byte[]> content(Path path) {
        Entry entry = entries.get(key(path));
        return entry instanceof RegularFile file ? Optional.of(file.content().clone()) : Optional.empty();
    }

    @Override
    public synchronized boolean exists(Path path) {
        return entries.containsKey(key(path));
    }

    /** Whether {@code path} is a directory, following symbolic links (like {@code Files.isDirectory}). */
    public synchronized boolean isDirectory(Path path) {
        return resolve(key(path)) instanceof Directory;
    }

    /** Whether {@code path} is a regular file, following symbolic links (like {@code Files.isRegularFile}). */
    public synchronized boolean isRegularFile(Path path) {
        return resolve(key(path)) instanceof RegularFile;
    }

    /** Whether {@code path} itself is a symbolic link. */
    public synchronized boolean isSymlink(Path path) {
        return entries.get(key(path)) instanceof Symlink;
    }

    /** The content of the regular file at {@code path} after following symbolic links. */
    public synchronized Optional<byte[]> readFollowing(Path path) {
        return resolve(key(path)) instanceof RegularFile file ? Optional.of(file.content().clone()) : Optional.empty();
    }

    /** Creates a regular file only if nothing is at {@code path}; its parent must be a directory. */
    public synchronized boolean createNew(Path path, byte[] content) {
        Path file = key(path);
        if (entries.containsKey(file) || !isDirectory(file.getParent())) {
            return false;
        }
        entries.put(file, new RegularFile(content.clone()));
        return true;
    }

    /** Replaces the content of an existing regular file (the fakes' append). */
    public synchronized void overwrite(Path path, byte[] content) {
        Path file = key(path);
        if (!(entries.get(file) instanceof RegularFile)) {
            throw new IllegalStateException("not a regular file: " + file);
        }
        entries.put(file, new RegularFile(content.clone()));
    }

    /** The regular files (not symlinks) strictly below {@code directory}, reached without crossing a symlink. */
    public synchronized List<Path> regularFilesBelow(Path directory) {
        Path dir = key(directory);
        return entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(dir) && !e.getKey().equals(dir))
                .filter(e -> e.getValue() instanceof RegularFile)
                .map(Map.Entry::getKey)
                .filter(file -> !crossesSymlink(dir, file))
                .toList();
    }

    private boolean crossesSymlink(Path top, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(top); p = p.getParent()) {
            if (!(entries.get(p) instanceof Directory)) {
                return true;
            }
        }
        return false;
    }

    private Entry resolve(Path path) {
        Entry entry = entries.get(path);
        for (int hops = 0; entry instanceof Symlink link && hops < 40; hops++) {
            Path target = path.getParent().resolve(link.target()).normalize();
            path = target;
            entry = entries.get(target);
        }
        return entry instanceof Symlink ? null : entry;
    }
}
