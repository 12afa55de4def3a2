package dev.speckitty.sync.core.root;

import java.nio.file.Path;

/**
 * The canonical path of on-disk.md §1.5: absolute (against the working directory), {@code .}/{@code ..} removed
 * lexically, symbolic links of the longest existing prefix resolved, the non-existing remainder appended
 * unchanged; the lexical path when resolution fails with an I/O error. Case is never folded. Used for the daemon
 * scope root (canonical {@code <R>}), the executable path, and a record's {@code executable_path}.
 */
public interface CanonicalizePath {

    /** Never throws for I/O problems (falls back to the lexical path). */
    Path canonical(Path path);
}
