package dev.speckitty.sync.cli.command;

/**
 * What a command returns: a value the output adapter renders as human text or JSON, and the process exit
 * code (cli.md §1.9). Commands never print.
 */
public interface CommandResult {
    int exitCode();
}
