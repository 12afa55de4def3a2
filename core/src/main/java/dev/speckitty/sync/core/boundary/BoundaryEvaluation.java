package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OrphanRemedy;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The shared boundary evaluation (cli.md §3.3): a pure function from {@link BoundaryFacts} to the ordered
 * failure set, each failure with its exact message and remediation (§3.4).
 */
public final class BoundaryEvaluation {

    /** The tag text of a stranded mission (§3.2), followed by the slug. */
    public static final String STRANDED_TAG = "setup-plan stranded mission slug ";

    private BoundaryEvaluation() {
    }

    /** Every failure the facts show, in §3.3 order. */
    public static List<BoundaryFailure> evaluate(BoundaryFacts facts) {
        return evaluate(facts, EnumSet.allOf(FailureCode.class));
    }

    /** Only the failures of one caller's subset (e.g. failures 1, 2, 3, 6 and 9 for {@code sync now}). */
    public static List<BoundaryFailure> evaluate(BoundaryFacts facts, Set<FailureCode> subset) {
        List<BoundaryFailure> failures = new ArrayList<>();
        OwnerRecordFacts owner = facts.ownerRecord();

        owner.unreadable().ifPresent(unreadable -> failures.add(failure(FailureCode.OWNER_RECORD_UNREADABLE,
                Remediation.R1, safe -> "daemon owner record " + owner.path() + " is unreadable ("
                        + unreadable.reason().code() + "): " + safe.apply(unreadable.detail()))));
        if (!facts.mismatches().isEmpty()) {
            String fields = facts.mismatches().stream().map(m -> m.field().key())
                    .collect(Collectors.joining(", "));
            String message = "foreground/daemon mismatch on field(s): " + fields;
            failures.add(new BoundaryFailure(FailureCode.OWNER_MISMATCH, message, message, Remediation.R2,
                    facts.mismatches()));
        }
        if (owner.isOrphan()) {
            OwnerRecord record = owner.record().orElseThrow();
            String reasons = owner.orphanReasons().stream().map(OrphanReason::code)
                    .collect(Collectors.joining(", "));
            String remediation = owner.orphanRemedy().orElseThrow() == OrphanRemedy.RETIRE_RECORD
                    ? Remediation.R3 : Remediation.R2;
            failures.add(failure(FailureCode.ORPHAN_OWNER_RECORD, remediation, safe ->
                    "orphan daemon owner record " + owner.path() + " (pid " + record.pid() + ", port " + record.port()
                            + "): " + reasons));
        }
        facts.legacyQueue().filter(legacy -> facts.authenticated() && legacy.rowsInScope() > 0)
                .ifPresent(legacy -> failures.add(failure(FailureCode.LEGACY_ROWS_PENDING, Remediation.R4, safe ->
                        "legacy queue DB " + legacy.path() + " has " + legacy.rowsInScope()
                                + " row(s) pending migration (queue=" + legacy.eventCount() + ", body_upload_queue="
                                + legacy.bodyUploadCount() + ", body_upload_failure_log=" + legacy.failureLogCount()
                                + ")" + facts.strandedMissionSlug().map(slug -> " \u2014 " + STRANDED_TAG
                                + safe.apply(slug)).orElse(""))));
        for (Optional<QueueInspection> queue : List.of(facts.legacyQueue(), facts.activeScopedQueue())) {
            queue.filter(q -> q.exists() && !q.readable()).ifPresent(q -> failures.add(failure(
                    FailureCode.QUEUE_DB_UNREADABLE, Remediation.R8, safe ->
                            "queue DB " + q.path() + " could not be read: " + safe.apply(q.unreadableReason()))));
        }
        if (facts.saasSyncEnabled() && !facts.authenticated()) {
            failures.add(failure(FailureCode.SAAS_UNAUTHENTICATED, Remediation.R5, safe ->
                    "SaaS sync is enabled but no authenticated identity is available"));
        }
        if (!facts.liveOrphanPorts().isEmpty()) {
            String ports = facts.liveOrphanPorts().stream().map(String::valueOf).collect(Collectors.joining(", "));
            failures.add(failure(FailureCode.LIVE_ORPHAN_DAEMONS, Remediation.R6, safe ->
                    facts.liveOrphanPorts().size() + " live orphan sync daemon(s) detected on port(s) " + ports));
        }
        facts.scanDiagnostic().ifPresent(diagnostic -> failures.add(failure(FailureCode.DAEMON_SCAN_FAILED,
                Remediation.R7, safe -> "live daemon scan failed: " + safe.apply(diagnostic))));
        facts.recordedDaemon()
                .filter(daemon -> !owner.isPresent() && daemon.healthy() && !daemon.healthOwnerBlockPresent())
                .ifPresent(daemon -> failures.add(failure(FailureCode.OWNER_RECORD_MISSING, Remediation.R2, safe ->
                        "recorded sync daemon (pid " + (daemon.recordedPid().isPresent()
                                ? String.valueOf(daemon.recordedPid().getAsLong()) : "unknown") + ", port "
                                + daemon.port() + ") reports no owner identity and owner record " + owner.path()
                                + " is " + owner.state())));

        return failures.stream().filter(f -> subset.contains(f.code())).toList();
    }

    /** Builds the exact message and its human form from one template over the untrusted parts. */
    private static BoundaryFailure failure(FailureCode code, String remediation, MessageTemplate template) {
        return new BoundaryFailure(code, template.render(UnaryOperator.identity()), template.render(SafeText::of),
                remediation, List.of());
    }

    @FunctionalInterface
    private interface MessageTemplate {
        /** @param untrusted applied to every part that came from a file or another process */
        String render(UnaryOperator<String> untrusted);
    }
}
