package dev.speckitty.sync.core.port;

import java.nio.file.Path;

/** A lock could not be acquired within its budget. */
public final class LockUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path lockFile;
    private final LockName name;

    public LockUnavailableException(Path lockFile, LockName name) {
        super("could not acquire " + lockFile + " within " + name.budgetSeconds() + "s");
        this.lockFile = lockFile;
        this.name = name;
    }

    public Path lockFile() {
        return lockFile;
    }

    public LockName lockName() {
        return name;
    }
}
