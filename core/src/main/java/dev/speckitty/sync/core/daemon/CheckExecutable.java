package dev.speckitty.sync.core.daemon;

/**
 * Checks an owner record's {@code executable_path} by reading the file's attributes (daemon.md §10), never with
 * an existence test that reports "cannot be determined" as missing.
 */
public interface CheckExecutable {
    /** A string that is no valid path on this platform is {@link ExecutableStatus#UNVERIFIABLE}. */
    ExecutableStatus check(String path);
}
