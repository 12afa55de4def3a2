package dev.speckitty.sync.cli.command;

/** The exit codes of cli.md §1.9. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int REFUSED = 2;
    public static final int FAILED = 3;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
