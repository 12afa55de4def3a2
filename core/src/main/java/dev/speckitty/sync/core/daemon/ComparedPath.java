package dev.speckitty.sync.core.daemon;

/**
 * A path field as reported and in canonical form (on-disk.md §1.5). Paths are compared canonically but reported
 * as given. Both are null when the field is null.
 */
public record ComparedPath(String reported, String canonical) {

    public static final ComparedPath NONE = new ComparedPath(null, null);

    public ComparedPath {
        if ((reported == null) != (canonical == null)) {
            throw new IllegalArgumentException("reported and canonical are both null or both set");
        }
    }

    /** {@link #NONE} for null; otherwise the path with its canonical form. */
    public static ComparedPath of(String reported, CanonicalPaths paths) {
        return reported == null ? NONE : new ComparedPath(reported, paths.canonical(reported));
    }
}
