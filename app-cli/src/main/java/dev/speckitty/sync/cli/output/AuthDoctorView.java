package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import dev.speckitty.sync.cli.command.AuthDoctorReport;
import dev.speckitty.sync.core.cleanup.FailedEntry;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.cleanup.SkippedEntry;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.cleanup.SweptEntry;
import dev.speckitty.sync.core.doctor.Finding;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import java.util.Optional;

/** {@code auth doctor}: the human report of cli.md §13.4 and the schema_version 2 document of cleanup.md §10.2. */
final class AuthDoctorView {

    private static final String ORPHAN_ROW = "  %-8s %-6s %-16s %-18s %s";
    private static final String UNKNOWN = "(unknown)";

    private AuthDoctorView() {
    }

    static String human(AuthDoctorReport report) {
        ResolvedIdentity resolved = report.identity();
        Optional<Identity> identity = resolved.identity();
        Text text = new Text().line("Identity")
                .row("Authenticated", resolved.authenticated() ? "yes" : "no")
                .row("Principal", safe(identity.map(Identity::principal).orElse(null)))
                .row("Team", safe(identity.map(Identity::team).orElse(null)))
                .row("Auth scope", safe(resolved.scope().map(s -> s.value()).orElse(null)))
                .row("Server URL", safe(resolved.serverUrl()))
                .row("Session", statusLine(resolved.session().status() == SessionStatus.ABSENT
                                || resolved.session().status() == SessionStatus.VALID,
                        resolved.session().status().wireName(), resolved.session().diagnostic()))
                .row("Credentials", statusLine(resolved.credentials().status() == CredentialsStatus.ABSENT
                                || resolved.credentials().status() == CredentialsStatus.VALID,
                        resolved.credentials().status().wireName(), resolved.credentials().diagnostic()))
                .blank();

        text.line("Daemon");
        if (report.daemon().isEmpty()) {
            text.line("  not running");
        } else if (report.daemon().get().active()) {
            AuthDoctorReport.Daemon daemon = report.daemon().get();
            text.line("  Active: yes").row("PID", daemon.pid()).row("Port", daemon.port())
                    .row("Package version", safe(daemon.packageVersion())).row("Protocol", daemon.protocolVersion());
        } else {
            AuthDoctorReport.Daemon daemon = report.daemon().get();
            text.line("  recorded but not healthy")
                    .line("  Recorded PID: " + (daemon.pid() == null ? Text.UNSET : daemon.pid()))
                    .line("  Recorded port: " + daemon.port());
        }
        text.blank().line("Owner Record").row("Status", report.ownerRecord().status()).blank();

        text.line("Orphans");
        if (report.orphans().isEmpty()) {
            text.line("  (none)");
        } else {
            text.line(String.format(ORPHAN_ROW, "PID", "Port", "Package version", "Class", "Reason").stripTrailing());
            for (IdentityRecord orphan : report.orphans()) {
                text.line(String.format(ORPHAN_ROW, orphan.pid() == null ? UNKNOWN : orphan.pid(), orphan.port(),
                        orphan.packageVersion() == null ? UNKNOWN : safe(orphan.packageVersion()),
                        orphan.cleanupClass().wireName(),
                        orphan.skipReason() == null ? "" : orphan.skipReason().wireName()).stripTrailing());
            }
        }
        report.scanDiagnostic().ifPresent(diagnostic -> text.line("  " + safe(diagnostic)));
        text.blank().line("Findings");
        if (report.findings().isEmpty()) {
            text.line("  No problems detected.");
        }
        for (Finding finding : report.findings()) {
            text.line("  [" + finding.severity().wireName() + "] " + finding.id() + ": " + finding.summary());
            finding.remediation().ifPresent(r -> text.line("      Run: " + r.command() + " — " + r.description()));
        }
        report.reset().ifPresent(reset -> resetLines(text.blank(), reset));
        return text.toString();
    }

    /** cli.md §13.4: the counts line, one line per entry, the --force hint, the stop message or the no-op line. */
    private static void resetLines(Text text, AuthDoctorReport.Reset reset) {
        SweepResult sweep = reset.sweep();
        boolean swept = !sweep.swept().isEmpty() || !sweep.skipped().isEmpty() || !sweep.failed().isEmpty();
        if (swept) {
            text.line("--reset: " + sweep.swept().size() + " orphan(s) swept, " + sweep.skipped().size()
                    + " skipped, " + sweep.failed().size() + " failed.");
            for (SweptEntry entry : sweep.swept()) {
                text.line("  swept   pid=" + entry.pid() + " port=" + entry.port() + " path="
                        + entry.cleanupPath().wireName() + " reason=" + entry.reason());
            }
            for (SkippedEntry entry : sweep.skipped()) {
                text.line("  skipped pid=" + pid(entry.pid()) + " port=" + entry.port() + " class="
                        + entry.cleanupClass().wireName() + " reason=" + entry.skipReason().wireName());
            }
            for (FailedEntry entry : sweep.failed()) {
                text.line("  failed  pid=" + pid(entry.pid()) + " port=" + entry.port() + " reason="
                        + entry.failureReason().wireName());
            }
            if (!sweep.skipped().isEmpty() && !reset.force()) {
                text.line("  Hint: run with --force to clean " + sweep.skipped().size()
                        + " operator_required daemon(s).");
            }
        }
        reset.stop().ifPresent(stop -> text.line("--reset: " + stop.message()));
        if (!swept && reset.stop().isEmpty()) {
            text.line("--reset: no orphans detected; no-op.");
        }
    }

    private static String pid(Long pid) {
        return pid == null ? "-" : pid.toString();
    }

    private static String statusLine(boolean plain, String status, String diagnostic) {
        return plain || diagnostic == null ? status : status + ": " + safe(diagnostic);
    }

    static Json.Obj json(AuthDoctorReport report) {
        ResolvedIdentity resolved = report.identity();
        Optional<Identity> identity = resolved.identity();
        SessionReport session = resolved.session();
        CredentialsReport credentials = resolved.credentials();
        Json.Obj document = Json.object()
                .put("schema_version", 2)
                .put("generated_at", report.generatedAt())
                .put("auth_root", report.authRoot().toString())
                .put("saas_sync_enabled", report.saasSyncEnabled())
                .put("identity", Json.object()
                        .put("authenticated", resolved.authenticated())
                        .put("identity_source", identity.map(i -> i.source().wireName()).orElse(null))
                        .put("principal", identity.map(Identity::principal).orElse(null))
                        .put("team", identity.map(Identity::team).orElse(null))
                        .put("auth_scope", resolved.scope().map(s -> s.value()).orElse(null))
                        .put("server_url", resolved.serverUrl()))
                .put("session", Json.object()
                        .put("present", session.present())
                        .put("status", session.status().wireName())
                        .put("reason_code", session.reasonCode())
                        .put("diagnostic", session.diagnostic())
                        .put("user_email", session.email())
                        .put("private_team_id", session.privateTeamId())
                        .put("refresh_token_expires_at", session.refreshTokenExpiresAt())
                        .put("storage_backend", session.storageBackend()))
                .put("credentials", Json.object()
                        .put("present", credentials.present())
                        .put("status", credentials.status().wireName())
                        .put("diagnostic", credentials.diagnostic())
                        .put("username", credentials.username())
                        .put("team_slug", credentials.teamSlug())
                        .put("server_url", credentials.serverUrl()))
                .put("daemon", report.daemon().map(AuthDoctorView::daemon).map(Json.Obj::build).orElse(null))
                .put("owner_record", ownerRecord(report.ownerRecord()))
                .put("daemon_scan_diagnostic", report.scanDiagnostic().orElse(null))
                .put("orphans", Json.objects(OrphanViews.identityRecords(report.orphans())))
                .put("findings", Json.objects(report.findings().stream().map(AuthDoctorView::finding).toList()));
        report.reset().ifPresent(reset -> document.put("reset_result", resetResult(reset.sweep())));
        return document;
    }

    private static Json.Obj daemon(AuthDoctorReport.Daemon daemon) {
        return Json.object().put("active", daemon.active()).put("pid", daemon.pid()).put("port", daemon.port())
                .put("package_version", daemon.packageVersion()).put("protocol_version", daemon.protocolVersion());
    }

    private static Json.Obj ownerRecord(AuthDoctorReport.OwnerRecord owner) {
        Json.Obj object = Json.object().put("status", owner.status()).put("path", owner.path().toString())
                .put("pid", owner.pid()).put("port", owner.port()).put("package_version", owner.packageVersion())
                .put("orphan_reasons", Json.strings(owner.orphanReasons()));
        if (owner.status().equals("unreadable")) {
            object.put("reason", owner.reason()).put("detail", owner.detail());
        }
        return object;
    }

    private static Json.Obj finding(Finding finding) {
        return Json.object().put("id", finding.id()).put("severity", finding.severity().wireName())
                .put("summary", finding.summary())
                .put("remediation", finding.remediation().map(r -> Json.object().put("command", r.command())
                        .put("description", r.description()).build()).orElse(null));
    }

    private static Json.Obj resetResult(SweepResult sweep) {
        return Json.object()
                .put("swept", Json.objects(sweep.swept().stream().map(e -> Json.object().put("pid", e.pid())
                        .put("port", e.port()).put("package_version", e.packageVersion())
                        .put("protocol_version", e.protocolVersion()).put("cleanup_class", e.cleanupClass().wireName())
                        .put("cleanup_path", e.cleanupPath().wireName()).put("reason", e.reason())).toList()))
                .put("skipped", Json.objects(sweep.skipped().stream().map(e -> Json.object().put("pid", e.pid())
                        .put("port", e.port()).put("package_version", e.packageVersion())
                        .put("cleanup_class", e.cleanupClass().wireName())
                        .put("skip_reason", e.skipReason().wireName())).toList()))
                .put("failed", Json.objects(sweep.failed().stream().map(e -> Json.object().put("pid", e.pid())
                        .put("port", e.port()).put("package_version", e.packageVersion())
                        .put("cleanup_class", e.cleanupClass().wireName())
                        .put("failure_reason", e.failureReason().wireName())).toList()));
    }
}
