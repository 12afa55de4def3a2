package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import dev.speckitty.sync.cli.command.OrphanDaemons;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.lifecycle.RetireOutcome;
import dev.speckitty.sync.core.port.LockName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code doctor orphan-daemons}: the human report of cli.md §10.3 and the JSON document of §10.4. */
final class OrphanDaemonsView {
    static final String RETIREMENT_COMMAND = "spec-kitty doctor orphan-daemons --retire";
    static final String CLEANUP_COMMAND = "spec-kitty auth doctor --reset";

    private OrphanDaemonsView() {
    }

    static String human(OrphanDaemons report) {
        OwnerRecordFacts owner = report.ownerRecord();
        Text text = new Text();
        if (!owner.isOrphan()) {
            text.line("Orphan Daemons: no orphan daemon owner records detected.");
        } else {
            OwnerRecord record = owner.record().orElseThrow();
            text.line("Orphan Daemons \u2014 1 record(s)")
                    .line("  PID " + record.pid() + "  port " + record.port() + "  version "
                            + safe(record.packageVersion()) + "  started " + safe(record.startedAt()))
                    .line("    executable: " + safe(record.executablePath()))
                    .line("    reasons: " + reasons(owner));
            text.line(owner.pidListensOnPort() ? "  Remediation: " + Remediation.R2
                    : "Retirement command: " + RETIREMENT_COMMAND);
        }
        report.retirement().ifPresent(outcome -> retirement(text, outcome, report));
        owner.unreadable().ifPresent(unreadable -> text.line("Owner record " + owner.path() + " is unreadable ("
                + unreadable.reason().code() + "); run `spec-kitty doctor restart-daemon` to replace it."));
        List<IdentityRecord> live = report.liveScan().orphans();
        Optional<String> diagnostic = report.liveScan().diagnostic();
        if (diagnostic.isPresent()) {
            text.line("Live orphan daemons: " + safe(diagnostic.get()));
        } else if (live.isEmpty()) {
            text.line("Live orphan daemons: none detected.");
        }
        if (!live.isEmpty()) {
            text.line("Live orphan daemons \u2014 " + live.size() + " detected");
            live.forEach(record -> text.line(liveOrphanLine(record)));
            text.line("Cleanup command: " + CLEANUP_COMMAND + " (add --force for operator_required daemons)");
        }
        return text.toString();
    }

    private static void retirement(Text text, RetireOutcome outcome, OrphanDaemons report) {
        if (outcome instanceof RetireOutcome.Retired retired) {
            text.line("Retired orphan daemon owner record " + retired.path() + " (pid " + retired.pid() + ", port "
                    + retired.port() + ").");
        } else if (outcome instanceof RetireOutcome.NoLongerOrphan gone) {
            text.line("Not retired: " + gone.path() + " is no longer an orphan record.");
        } else if (outcome instanceof RetireOutcome.AliveAndListening alive) {
            text.line("Not retired: " + alive.path() + " names pid " + alive.pid()
                    + ", which is alive and listening on port " + alive.port() + ".");
            text.line("  Remediation: " + Remediation.R2);
        } else if (outcome instanceof RetireOutcome.LockUnavailable locked) {
            text.line("Not retired: could not acquire " + locked.lockFile() + " within "
                    + LockName.SYNC_OWNER.budgetSeconds() + "s.");
        }
    }

    /** The line of a live orphan daemon (cli.md §5.2): its pid is always known (clarifications #36). */
    static String liveOrphanLine(IdentityRecord record) {
        return "  PID " + record.pid() + "  port " + record.port() + "  version "
                + (record.packageVersion() == null ? "unknown" : safe(record.packageVersion())) + "  class "
                + record.cleanupClass().wireName()
                + (record.skipReason() == null ? "" : "  reason " + record.skipReason().wireName());
    }

    private static String reasons(OwnerRecordFacts owner) {
        return owner.orphanReasons().stream().map(OrphanReason::code).collect(Collectors.joining(", "));
    }

    static Json.Obj json(OrphanDaemons report) {
        OwnerRecordFacts owner = report.ownerRecord();
        List<IdentityRecord> live = report.liveScan().orphans();
        boolean retirable = owner.isOrphan() && !owner.pidListensOnPort();
        return Json.object()
                .put("orphan_count", owner.isOrphan() ? 1 : 0)
                .put("owner_record_path", owner.path().toString())
                .put("owner_record_status", owner.state())
                .put("retirement_command", retirable ? RETIREMENT_COMMAND : null)
                .put("orphans", Json.objects(owner.isOrphan() ? List.of(orphan(owner)) : List.of()))
                .put("retired", Json.objects(report.retirement()
                        .filter(RetireOutcome.Retired.class::isInstance).map(RetireOutcome.Retired.class::cast)
                        .map(retired -> Json.object().put("path", retired.path().toString()).put("pid", retired.pid())
                                .put("port", retired.port()))
                        .stream().toList()))
                .put("live_orphan_daemon_count", live.size())
                .put("live_orphan_daemons", WireJson.of(live.stream().map(IdentityRecord::toWireMap).toList()))
                .put("cleanup_command", live.isEmpty() ? null : CLEANUP_COMMAND)
                .put("daemon_scan_diagnostic", report.liveScan().diagnostic().orElse(null));
    }

    private static Json.Obj orphan(OwnerRecordFacts owner) {
        OwnerRecord record = owner.record().orElseThrow();
        return Json.object()
                .put("pid", record.pid())
                .put("port", record.port())
                .put("package_version", record.packageVersion())
                .put("executable_path", record.executablePath())
                .put("source_checkout_path", record.sourceCheckoutPath())
                .put("server_url", record.serverUrl())
                .put("auth_scope", record.authScope())
                .put("queue_db_path", record.queueDbPath())
                .put("started_at", record.startedAt())
                .put("orphan_reasons", Json.strings(owner.orphanReasons().stream().map(OrphanReason::code).toList()));
    }
}
