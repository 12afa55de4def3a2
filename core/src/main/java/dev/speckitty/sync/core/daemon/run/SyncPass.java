package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.daemon.MismatchPolicy;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.Scope;
import dev.speckitty.sync.core.migration.ActiveQueue;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.uplink.Uplink;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One sync pass of the daemon (daemon.md §13.3): resolve the identity afresh; refuse to act for no identity or for
 * one whose scope or server differs from the daemon's own owner record (no queue access then); obtain the active
 * queue through {@code default_queue_db_path()}, which may migrate legacy rows; succeed without the network when
 * the queue holds no rows; otherwise deliver through the {@link Uplink}. Every pass ends with one log line.
 */
public final class SyncPass {

    private final Path root;
    private final IdentityResolver identities;
    private final QueueLocator queueLocator;
    private final InspectQueues queues;
    private final Uplink uplink;
    private final OwnerRecord ownRecord;
    private final WarnOnce warnings;
    private final OperatorLog log;

    /**
     * @param ownRecord the daemon's in-memory owner record: the identity it reported at start
     */
    public SyncPass(Path root, IdentityResolver identities, QueueLocator queueLocator, InspectQueues queues,
                    Uplink uplink, OwnerRecord ownRecord, WarnOnce warnings, OperatorLog log) {
        this.root = Objects.requireNonNull(root, "root");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.queueLocator = Objects.requireNonNull(queueLocator, "queueLocator");
        this.queues = Objects.requireNonNull(queues, "queues");
        this.uplink = Objects.requireNonNull(uplink, "uplink");
        this.ownRecord = Objects.requireNonNull(ownRecord, "ownRecord");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Runs the pass; never throws (an unexpected failure is {@link SyncPassResult#INTERNAL_ERROR}). */
    public SyncPassResult run() {
        SyncPassResult result;
        try {
            result = attempt();
        } catch (RuntimeException unexpected) { // a pass must never take the scheduler down with it
            log.error("sync pass failed unexpectedly: " + unexpected.getClass().getSimpleName() + ": "
                    + unexpected.getMessage());
            result = SyncPassResult.failed(SyncPassResult.INTERNAL_ERROR, 0, false);
        }
        log.info(result.logLine());
        return result;
    }

    private SyncPassResult attempt() {
        ResolvedIdentity identity = identities.resolve(root);
        identity.warnings().forEach(warnings::warn);
        if (identity.identity().isEmpty()) {
            return SyncPassResult.failed(SyncPassResult.NO_IDENTITY, 0, false);
        }
        if (!sameIdentityAsOwnRecord(identity)) {
            return SyncPassResult.failed(SyncPassResult.IDENTITY_CHANGED, 0, false);
        }
        ActiveQueue active;
        try {
            active = queueLocator.defaultQueueDbPath(identity);
        } catch (NoActiveScopeException impossible) { // checked above; kept as its own outcome all the same
            return SyncPassResult.failed(SyncPassResult.NO_IDENTITY, 0, false);
        } catch (MigrationFailedException failed) {
            log.error("legacy queue migration into the active queue failed: " + failed.getMessage());
            return SyncPassResult.failed(SyncPassResult.MIGRATION_FAILED, 0, false);
        }
        if (active.migration().isPresent()) {
            log.info("legacy queue migrated into " + active.path() + ": migrated=" + active.migrated()
                    + " quarantined=" + active.quarantined());
        }
        QueueInspection inspection = queues.inspect(active.path());
        if (!inspection.readable()) {
            log.warn("active queue " + active.path() + " cannot be read: " + inspection.unreadableReason());
            return SyncPassResult.failed(SyncPassResult.QUEUE_UNREADABLE, 0, false);
        }
        long rows = deliverableRows(inspection);
        if (rows == 0) {
            return SyncPassResult.succeeded(0, false);
        }
        UplinkResult delivery = uplink.deliver(identity, active.path());
        boolean rowsRemain = delivery.delivered() < rows;
        return delivery.failureReason()
                .map(reason -> SyncPassResult.failed(reason, delivery.delivered(), rowsRemain))
                .orElseGet(() -> SyncPassResult.succeeded(delivery.delivered(), rowsRemain));
    }

    /**
     * The rows an uplink delivers: events and body uploads. The failure log records uploads that failed for good;
     * it is bookkeeping, not delivery work (decided here).
     */
    static long deliverableRows(QueueInspection inspection) {
        return inspection.eventCount() + inspection.bodyUploadCount();
    }

    /** §13.3: the same {@code auth_scope} and the same normalised {@code server_url} as the owner record. */
    private boolean sameIdentityAsOwnRecord(ResolvedIdentity identity) {
        String scope = identity.scope().map(Scope::value).orElse(null);
        return Objects.equals(scope, ownRecord.authScope())
                && Objects.equals(MismatchPolicy.normalisedServerUrl(identity.serverUrl()),
                        MismatchPolicy.normalisedServerUrl(ownRecord.serverUrl()));
    }
}
