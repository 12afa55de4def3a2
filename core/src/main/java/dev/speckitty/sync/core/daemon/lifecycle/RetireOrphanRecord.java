package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.OrphanVerdict;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code doctor orphan-daemons --retire} (cli.md §10.2): under {@code sync-owner.lock}, re-read owner.json and
 * delete it only if it is still an orphan with the evaluated pid, port and {@code started_at}, and its pid is not
 * the live listener of its port. Never signals anything: the pid may have been recycled.
 */
public final class RetireOrphanRecord {
    private final DaemonContext context;

    public RetireOrphanRecord(DaemonContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** @param evaluated the orphan record the report showed */
    public RetireOutcome retire(OwnerRecord evaluated) {
        Path path = OwnerRecords.ownerRecordPath(context.root());
        AtomicReference<RetireOutcome> refusal = new AtomicReference<>(new RetireOutcome.NoLongerOrphan(path));
        try {
            boolean deleted = context.ownerRecords().removeIf(context.root(), reading -> {
                if (!(reading instanceof OwnerRecordReading.Found found)
                        || !RetireOutcome.sameRecord(evaluated, found.record())
                        || !(context.ownerClassifier().classify(reading) instanceof OwnerRecordStatus.Orphan)) {
                    return false;
                }
                OwnerRecord record = found.record();
                if (OrphanVerdict.pidListensOnItsPort(record, context.listenerPids().listenerPid(record.port()))) {
                    refusal.set(new RetireOutcome.AliveAndListening(path, record.pid(), record.port()));
                    return false;
                }
                return true;
            });
            return deleted ? new RetireOutcome.Retired(path, evaluated.pid(), evaluated.port()) : refusal.get();
        } catch (LockUnavailableException e) {
            return new RetireOutcome.LockUnavailable(e.lockFile());
        }
    }
}
