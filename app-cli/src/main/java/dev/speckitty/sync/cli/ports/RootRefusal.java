package dev.speckitty.sync.cli.ports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why the root may not be used: {@code path} is the offending directory, {@code reason} e.g.
 * {@code not owned by uid 1000} or {@code writable by others (mode=0o777)} (clarifications #30).
 */
public record RootRefusal(Path path, String reason) {
    public RootRefusal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** The error text, without the {@code Error: } prefix. */
    public String message() {
        return "refusing to use " + path + ": " + reason;
    }
}
