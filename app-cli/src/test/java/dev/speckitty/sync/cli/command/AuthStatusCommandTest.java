package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth status} (cli.md §12, clarifications #7, #8). */
class AuthStatusCommandTest {

    @TempDir
    Path temp;
    private CliHarness cli;
    private Path root;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        root = cli.root();
    }

    @Test
    void sessionIdentityHumanReportExitsZero() {
        cli.identity(r -> Identities.session(r, "Alice@Example.com", "Team-1"));
        CliRun run = cli.run("auth", "status");
        assertEquals(0, run.exitCode());
        assertEquals(String.join("\n",
                "Auth Status",
                "  Authenticated          yes",
                "  Identity source        session",
                "  Principal              Alice@Example.com",
                "  Team                   Team-1",
                "  Auth scope             https://spec-kitty-dev.fly.dev|alice@example.com|team-1",
                "  Server URL             https://spec-kitty-dev.fly.dev",
                "  Queue DB path          " + root.resolve("queues/queue-8b85169673aa98b5.db"),
                "  SaaS sync              disabled",
                "  Session                valid",
                "  Credentials            absent",
                ""), run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void sessionIdentityJson() {
        cli.identity(r -> Identities.session(r, "Alice@Example.com", "Team-1"));
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, "on"));
        CliRun run = cli.run("auth", "status", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(JsonParser.parseString("{"
                + "\"authenticated\":true,\"identity_source\":\"session\",\"principal\":\"Alice@Example.com\","
                + "\"team\":\"Team-1\",\"auth_scope\":\"https://spec-kitty-dev.fly.dev|alice@example.com|team-1\","
                + "\"server_url\":\"https://spec-kitty-dev.fly.dev\",\"queue_db_path\":"
                + quote(root.resolve("queues/queue-8b85169673aa98b5.db").toString()) + ","
                + "\"saas_sync_enabled\":true,"
                + "\"session\":{\"path\":" + quote(root.resolve("auth/session.json").toString()) + ",\"present\":true,"
                + "\"status\":\"valid\",\"reason_code\":null,\"diagnostic\":null,\"user_email\":\"Alice@Example.com\","
                + "\"private_team_id\":\"Team-1\",\"refresh_token_expires_at\":\"2026-06-17T16:00:00+00:00\","
                + "\"storage_backend\":\"file\"},"
                + "\"credentials\":{\"path\":" + quote(root.resolve("credentials").toString()) + ",\"present\":false,"
                + "\"status\":\"absent\",\"diagnostic\":null,\"username\":null,\"team_slug\":null,\"server_url\":null}"
                + "}"), run.json());
    }

    @Test
    void notAuthenticatedExitsOneAndShowsWhy() {
        String diagnostic = "Session file " + root.resolve("auth/session.json")
                + " has unsafe permissions (mode=0o644); expected 0600. Fix with: chmod 600 "
                + root.resolve("auth/session.json");
        cli.identity(r -> new ResolvedIdentity(r, Identities.SERVER, SyncConfig.defaults(),
                new SessionReport(Identities.sessionPath(r), SessionStatus.REJECTED, "unsafe_permissions", diagnostic,
                        null, null, null, null),
                new CredentialsReport(Identities.credentialsPath(r), CredentialsStatus.REJECTED,
                        "Credentials file is not valid TOML", null, null, null),
                Optional.empty(), QueuePaths.of(r, Optional.empty()), List.of(diagnostic)));
        CliRun run = cli.run("auth", "status");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("[WARN] " + diagnostic), run.stderrLines());
        List<String> lines = run.stdoutLines();
        assertEquals("  Authenticated          no", lines.get(1));
        assertEquals("  Identity source        none", lines.get(2));
        assertEquals("  Principal              <unset>", lines.get(3));
        assertEquals("  Queue DB path          " + root.resolve("queue.db"), lines.get(7));
        assertEquals("  Session                rejected: " + diagnostic, lines.get(9));
        assertEquals("  Credentials            rejected: Credentials file is not valid TOML", lines.get(10));

        JsonObject json = cli.run("auth", "status", "--json").json();
        assertEquals(false, json.get("authenticated").getAsBoolean());
        assertEquals(true, json.get("identity_source").isJsonNull());
        assertEquals("unsafe_permissions", json.getAsJsonObject("session").get("reason_code").getAsString());
        assertEquals(true, json.getAsJsonObject("credentials").get("present").getAsBoolean());
        assertEquals(1, cli.run("auth", "status", "--json").exitCode());
    }

    @Test
    void credentialsIdentityReportsTheTrimmedFileValues() {
        cli.identity(r -> Identities.credentials(r, "bob@example.com", null, "https://spec-kitty-dev.fly.dev"));
        JsonObject json = cli.run("auth", "status", "--json").json();
        assertEquals("credentials", json.get("identity_source").getAsString());
        assertEquals("no-team", json.get("team").getAsString());
        JsonObject credentials = json.getAsJsonObject("credentials");
        assertEquals("valid", credentials.get("status").getAsString());
        assertEquals(true, credentials.get("team_slug").isJsonNull());
        assertEquals("bob@example.com", credentials.get("username").getAsString());
    }

    @Test
    void valuesFromFilesAreMadeSafeForHumansOnly() {
        cli.identity(r -> Identities.credentials(r, "evil\u001b]0;x\u0007@example.com", "t", "https://s"));
        CliRun human = cli.run("auth", "status");
        assertEquals("  Principal              evil\\u001b]0;x\\u0007@example.com", human.stdoutLines().get(3));
        assertEquals("evil\u001b]0;x\u0007@example.com",
                cli.run("auth", "status", "--json").json().get("principal").getAsString());
    }

    private static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }
}
