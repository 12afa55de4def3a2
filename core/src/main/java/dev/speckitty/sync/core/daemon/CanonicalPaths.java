package dev.speckitty.sync.core.daemon;

/**
 * The canonical path of on-disk.md §1.5: absolute against the working directory, {@code .}/{@code ..} removed
 * lexically, symbolic links of the longest existing prefix resolved, the non-existing remainder appended
 * unchanged; on an I/O error the lexically normalised absolute path. Case is never folded.
 */
public interface CanonicalPaths {
    /** A string that is no valid path on this platform is returned unchanged. */
    String canonical(String path);
}
