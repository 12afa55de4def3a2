package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of {@code sync doctor} (cli.md §9). Its issues are the failure set (severity {@code error}) followed by
 * {@code queue_near_capacity} and {@code quarantine_not_empty} (severity {@code warn}).
 */
public record SyncDoctor(ResolvedIdentity identity, BoundaryFacts facts, List<BoundaryFailure> failures,
                         QueueInspection activeQueue, QueueInspection legacyQueue, QueueDiagnostics diagnostics)
        implements CommandResult {

    public static final String DRAIN_REMEDIATION = "Run `spec-kitty sync now` to drain the queue.";
    public static final String QUARANTINE_REMEDIATION = "Run `spec-kitty sync migrate --show-quarantine` to review"
            + " the quarantined rows.";

    public SyncDoctor {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(facts, "facts");
        failures = List.copyOf(failures);
        Objects.requireNonNull(activeQueue, "activeQueue");
        Objects.requireNonNull(legacyQueue, "legacyQueue");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** One issue; {@code humanMessage} has untrusted parts made safe, {@code mismatches} only for owner_mismatch. */
    public record Issue(String code, String severity, String message, String humanMessage, String remediation,
                        List<FieldMismatch> mismatches) {
        public Issue {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(humanMessage, "humanMessage");
            Objects.requireNonNull(remediation, "remediation");
            mismatches = List.copyOf(mismatches);
        }
    }

    public long maxQueueSize() {
        return identity.config().maxQueueSize();
    }

    public boolean activeIsScoped() {
        return identity.queuePaths().activeIsScoped();
    }

    /** The quarantine of the active queue; the legacy DB has none. */
    public long quarantineCount() {
        return activeIsScoped() && activeQueue.readable() ? activeQueue.quarantineCount() : 0L;
    }

    public List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        for (BoundaryFailure failure : failures) {
            issues.add(new Issue(failure.code().wireName(), "error", failure.message(), failure.humanMessage(),
                    failure.remediation(), failure.mismatches()));
        }
        if (activeQueue.readable() && activeQueue.eventCount() * 10 >= maxQueueSize() * 9) {
            String message = "active queue holds " + activeQueue.eventCount() + " of " + maxQueueSize() + " events";
            issues.add(new Issue("queue_near_capacity", "warn", message, message, DRAIN_REMEDIATION, List.of()));
        }
        if (quarantineCount() > 0) {
            String message = "active queue " + activeQueue.path() + " holds " + quarantineCount()
                    + " quarantined row(s)";
            issues.add(new Issue("quarantine_not_empty", "warn", message, message, QUARANTINE_REMEDIATION, List.of()));
        }
        return issues;
    }

    /** 0 without issues, 1 with (decided in cli.md §9). */
    @Override
    public int exitCode() {
        return issues().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
