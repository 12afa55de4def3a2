package dev.speckitty.sync.core.daemon;

/** The remediation an orphan owner record carries in failure 3 (cli.md §3.3). */
public enum OrphanRemedy {
    /** R3: {@code doctor orphan-daemons --retire}, which will accept the record. */
    RETIRE_RECORD,
    /** R2: {@code doctor restart-daemon}; {@code --retire} would refuse the record, or its pid still runs. */
    RESTART_DAEMON
}
