package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What this running program is (daemon.md §2): its package version (SPEC_KITTY_CLI_VERSION override, else the
 * jar manifest, else "unknown"), the canonical path of its jar (or classes directory) and the canonical
 * installation/checkout root. Evaluated once per process.
 */
public record Installation(String packageVersion, Path executablePath, Path sourceCheckoutPath) {
    public Installation {
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(sourceCheckoutPath, "sourceCheckoutPath");
    }
}
