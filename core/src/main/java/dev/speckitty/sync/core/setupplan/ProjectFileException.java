package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A project file could not be written or read (cli.md §14.8 {@code PROJECT_WRITE_FAILED} prints
 * {@code Could not write project file <path>: <reason>}). The reason is one line, without a stack trace.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    public ProjectFileException(Path path, String reason) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(reason, "reason"));
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
