package dev.speckitty.sync.core.daemon;

import java.util.List;
import java.util.Objects;

/**
 * Turns an owner record reading into its state (cli.md §3.1): a readable record is judged by the orphan rule
 * (daemon.md §10) against the live process table and the executable check. Reads only; signals nothing.
 */
public final class ClassifyOwnerRecord {
    private final ProcessTable processTable;
    private final CheckExecutable checkExecutable;

    public ClassifyOwnerRecord(ProcessTable processTable, CheckExecutable checkExecutable) {
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.checkExecutable = Objects.requireNonNull(checkExecutable, "checkExecutable");
    }

    public OwnerRecordStatus classify(OwnerRecordReading reading) {
        if (reading instanceof OwnerRecordReading.Found found) {
            OwnerRecord record = found.record();
            List<OrphanReason> reasons = OrphanVerdict.reasons(record, processTable.facts(record.pid()),
                    checkExecutable.check(record.executablePath()));
            return OwnerRecordStatus.of(reading, reasons);
        }
        return OwnerRecordStatus.of(reading, List.of());
    }
}
