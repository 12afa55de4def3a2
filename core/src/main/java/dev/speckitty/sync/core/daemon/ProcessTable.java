package dev.speckitty.sync.core.daemon;

/**
 * Reads the process table (daemon.md §11.4). Read-only: it never signals. It never throws for a pid that is
 * gone or unreadable; facts it cannot read are unknown.
 */
public interface ProcessTable {
    ProcessFacts facts(long pid);
}
