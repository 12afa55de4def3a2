package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import dev.speckitty.sync.cli.command.AuthStatus;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import java.util.Optional;

/** {@code auth status}: the human report and JSON document of cli.md §12. */
final class AuthStatusView {

    private AuthStatusView() {
    }

    static String human(AuthStatus status) {
        ResolvedIdentity resolved = status.identity();
        Optional<Identity> identity = resolved.identity();
        return new Text().line("Auth Status")
                .row("Authenticated", resolved.authenticated() ? "yes" : "no")
                .row("Identity source", identity.map(i -> i.source().wireName()).orElse("none"))
                .row("Principal", safe(identity.map(Identity::principal).orElse(null)))
                .row("Team", safe(identity.map(Identity::team).orElse(null)))
                .row("Auth scope", safe(resolved.scope().map(s -> s.value()).orElse(null)))
                .row("Server URL", safe(resolved.serverUrl()))
                .row("Queue DB path", resolved.queuePaths().active())
                .row("SaaS sync", status.saasSyncEnabled() ? "enabled" : "disabled")
                .row("Session", statusLine(resolved.session().status() == SessionStatus.ABSENT
                                || resolved.session().status() == SessionStatus.VALID,
                        resolved.session().status().wireName(), resolved.session().diagnostic()))
                .row("Credentials", statusLine(resolved.credentials().status() == CredentialsStatus.ABSENT
                                || resolved.credentials().status() == CredentialsStatus.VALID,
                        resolved.credentials().status().wireName(), resolved.credentials().diagnostic()))
                .toString();
    }

    /** {@code absent}, {@code valid}, or {@code <status>: <diagnostic>}. */
    private static String statusLine(boolean plain, String status, String diagnostic) {
        return plain || diagnostic == null ? status : status + ": " + safe(diagnostic);
    }

    static Json.Obj json(AuthStatus status) {
        ResolvedIdentity resolved = status.identity();
        Optional<Identity> identity = resolved.identity();
        SessionReport session = resolved.session();
        CredentialsReport credentials = resolved.credentials();
        return Json.object()
                .put("authenticated", resolved.authenticated())
                .put("identity_source", identity.map(i -> i.source().wireName()).orElse(null))
                .put("principal", identity.map(Identity::principal).orElse(null))
                .put("team", identity.map(Identity::team).orElse(null))
                .put("auth_scope", resolved.scope().map(s -> s.value()).orElse(null))
                .put("server_url", resolved.serverUrl())
                .put("queue_db_path", resolved.queuePaths().active().toString())
                .put("saas_sync_enabled", status.saasSyncEnabled())
                .put("session", Json.object()
                        .put("path", session.path().toString())
                        .put("present", session.present())
                        .put("status", session.status().wireName())
                        .put("reason_code", session.reasonCode())
                        .put("diagnostic", session.diagnostic())
                        .put("user_email", session.email())
                        .put("private_team_id", session.privateTeamId())
                        .put("refresh_token_expires_at", session.refreshTokenExpiresAt())
                        .put("storage_backend", session.storageBackend()))
                .put("credentials", Json.object()
                        .put("path", credentials.path().toString())
                        .put("present", credentials.present())
                        .put("status", credentials.status().wireName())
                        .put("diagnostic", credentials.diagnostic())
                        .put("username", credentials.username())
                        .put("team_slug", credentials.teamSlug())
                        .put("server_url", credentials.serverUrl()));
    }
}
