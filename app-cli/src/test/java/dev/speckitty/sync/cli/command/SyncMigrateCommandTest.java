package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.migration.TableReport;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync migrate} (cli.md §6, clarifications #13, #14, #32). */
class SyncMigrateCommandTest {

    private static final String SCOPE = "https://spec-kitty-dev.fly.dev|alice@example.com|team-1";

    @TempDir
    Path temp;
    private CliHarness cli;
    private Path root;
    private Path legacy;
    private Path scoped;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        root = cli.root();
        legacy = root.resolve("queue.db");
        scoped = root.resolve("queues/queue-8b85169673aa98b5.db");
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
    }

    private static MigrationReport ran(Path legacy, Path scoped, boolean dryRun) {
        return new MigrationReport(MigrationReport.Outcome.RAN, dryRun, legacy, scoped, Map.of(
                QueueTable.QUEUE, new TableReport(20, 3, 0, 1, 0, List.of()),
                QueueTable.BODY_UPLOAD_QUEUE, new TableReport(10, 2, 0, 0, 0, List.of("feature_slug_extra")),
                QueueTable.BODY_UPLOAD_FAILURE_LOG, new TableReport(2, 0, 1, 0, 0, List.of())));
    }

    @Test
    void withoutIdentityItRefusesWithR5() {
        cli.identity(Identities::unauthenticated);
        CliRun run = cli.run("sync", "migrate");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(String.join("\n",
                "Refusing `spec-kitty sync migrate`: no authenticated identity, so there is no scoped queue to migrate"
                        + " into.",
                "  ! " + legacy + " is the active queue while unauthenticated",
                "    Remediation: " + Remediation.R5,
                ""), run.stderr());
        assertEquals(List.of(), cli.migration().calls());
    }

    @Test
    void withoutIdentityTheJsonRefusalDocument() {
        cli.identity(Identities::unauthenticated);
        for (String[] args : List.of(new String[] {"sync", "migrate", "--json"},
                new String[] {"sync", "migrate", "--show-quarantine", "--json"},
                new String[] {"sync", "migrate", "--dry-run", "--json"})) {
            CliRun run = cli.run(args);
            assertEquals(2, run.exitCode());
            assertEquals("", run.stderr());
            assertEquals(JsonParser.parseString("{\"error_code\":\"NO_ACTIVE_SCOPE\",\"error\":\"no authenticated"
                    + " identity, so there is no scoped queue to migrate into\",\"failures\":[{\"code\":"
                    + "\"no_active_scope\",\"message\":" + quote(legacy + " is the active queue while unauthenticated")
                    + ",\"remediation\":" + quote(Remediation.R5) + "}],\"remediation\":[" + quote(Remediation.R5)
                    + "]}"), run.json());
        }
    }

    @Test
    void noLegacyQueueIsNothingToMigrate() {
        CliRun run = cli.run("sync", "migrate");
        assertEquals(0, run.exitCode());
        assertEquals("No legacy queue at " + legacy + "; nothing to migrate.\n", run.stdout());
        assertEquals(List.of(), cli.migration().calls());
        JsonObject json = cli.run("sync", "migrate", "--json").json();
        assertEquals(false, json.get("legacy_exists").getAsBoolean());
        assertEquals(false, json.get("dry_run").getAsBoolean());
        assertEquals(SCOPE, json.get("scope").getAsString());
        assertEquals(0, json.get("migrated").getAsInt());
        assertEquals(JsonParser.parseString("{\"copied\":0,\"duplicate\":0,\"merged\":0,\"quarantined\":0,"
                + "\"remaining\":0,\"dropped_columns\":[]}"), json.getAsJsonObject("tables").get("queue"));
    }

    @Test
    void migrationReportHuman() {
        cli.queues().counts(legacy, 24, 12, 3, 0);
        cli.migration().reporting((s, dryRun) -> ran(legacy, s, dryRun));
        CliRun run = cli.run("sync", "migrate");
        assertEquals(0, run.exitCode());
        assertEquals(String.join("\n",
                "Migrated 38 row(s) from " + legacy + " to " + scoped,
                "  queue                    copied=20 duplicate=3 merged=0 quarantined=1 remaining=0",
                "  body_upload_queue        copied=10 duplicate=2 merged=0 quarantined=0 remaining=0",
                "  body_upload_failure_log  copied=2 duplicate=0 merged=1 quarantined=0 remaining=0",
                "Quarantined 1 row(s) into table migration_quarantine of " + scoped + ".",
                ""), run.stdout());
        assertEquals(List.of("migrate " + root + " -> " + scoped), cli.migration().calls());
    }

    @Test
    void migrationReportJson() {
        cli.queues().counts(legacy, 24, 12, 3, 0);
        cli.migration().reporting((s, dryRun) -> ran(legacy, s, dryRun));
        JsonObject json = cli.run("sync", "migrate", "--json").json();
        assertEquals(JsonParser.parseString("{\"dry_run\":false,\"scope\":" + quote(SCOPE) + ",\"legacy_db_path\":"
                + quote(legacy.toString()) + ",\"legacy_exists\":true,\"scoped_db_path\":" + quote(scoped.toString())
                + ",\"tables\":{"
                + "\"queue\":{\"copied\":20,\"duplicate\":3,\"merged\":0,\"quarantined\":1,\"remaining\":0,"
                + "\"dropped_columns\":[]},"
                + "\"body_upload_queue\":{\"copied\":10,\"duplicate\":2,\"merged\":0,\"quarantined\":0,\"remaining\":0,"
                + "\"dropped_columns\":[\"feature_slug_extra\"]},"
                + "\"body_upload_failure_log\":{\"copied\":2,\"duplicate\":0,\"merged\":1,\"quarantined\":0,"
                + "\"remaining\":0,\"dropped_columns\":[]}},"
                + "\"migrated\":38,\"quarantined\":1,\"remaining_legacy_rows\":0}"), json);
    }

    @Test
    void dryRunUsesTheReadOnlyEvaluation() {
        cli.queues().counts(legacy, 24, 12, 3, 0);
        cli.migration().reporting((s, dryRun) -> new MigrationReport(MigrationReport.Outcome.RAN, dryRun, legacy, s,
                Map.of(QueueTable.QUEUE, new TableReport(24, 0, 0, 0, 24, List.of()))));
        CliRun run = cli.run("sync", "migrate", "--dry-run");
        assertEquals(0, run.exitCode());
        assertEquals("Dry run: would migrate 24 row(s) from " + legacy + " to " + scoped, run.stdoutLines().get(0));
        assertEquals(4, run.stdoutLines().size(), "no quarantine line when nothing is quarantined");
        assertEquals(List.of("dryRun " + root + " -> " + scoped), cli.migration().calls());
        JsonObject json = cli.run("sync", "migrate", "--dry-run", "--json").json();
        assertEquals(true, json.get("dry_run").getAsBoolean());
        assertEquals(24, json.get("remaining_legacy_rows").getAsInt());
    }

    @Test
    void legacyFileWithoutQueueTables() {
        cli.queues().counts(legacy, 0, 0, 0, 0);
        cli.migration().reporting((s, dryRun) -> new MigrationReport(MigrationReport.Outcome.NO_QUEUE_TABLES, dryRun,
                legacy, s, Map.of()));
        CliRun run = cli.run("sync", "migrate");
        assertEquals(0, run.exitCode());
        assertEquals("Legacy queue " + legacy + " has no queue tables; nothing to migrate.\n", run.stdout());
    }

    @Test
    void lockTimeoutIsAMigrationFailure() {
        cli.queues().counts(legacy, 1, 0, 0, 0);
        cli.migration().answering((r, s, dryRun) -> {
            throw new LockUnavailableException(r.resolve("queue-migration.lock"), LockName.QUEUE_MIGRATION);
        });
        CliRun run = cli.run("sync", "migrate");
        assertEquals(3, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(String.join("\n",
                "Migration failed: could not acquire " + root.resolve("queue-migration.lock") + " within 10s",
                "  Remediation: " + Remediation.R14,
                ""), run.stderr());
        CliRun json = cli.run("sync", "migrate", "--json");
        assertEquals(3, json.exitCode());
        assertEquals("", json.stderr());
        assertEquals(JsonParser.parseString("{\"error_code\":\"MIGRATION_FAILED\",\"error\":" + quote(
                "Migration failed: could not acquire " + root.resolve("queue-migration.lock") + " within 10s")
                + ",\"remediation\":[" + quote(Remediation.R14) + "]}"), json.json());
    }

    @Test
    void databaseErrorsAndRootIoErrorsAreMigrationFailures() {
        cli.queues().counts(legacy, 1, 0, 0, 0);
        cli.migration().answering((r, s, dryRun) -> {
            throw new MigrationFailedException("legacy queue " + legacy + " is not a database", true, null);
        });
        assertEquals(List.of("Migration failed: legacy queue " + legacy + " is not a database",
                "  Remediation: " + Remediation.R14), cli.run("sync", "migrate").stderrLines());
        assertEquals(3, cli.run("sync", "migrate", "--dry-run").exitCode());

        cli.migration().answering((r, s, dryRun) -> {
            throw new UncheckedIOException(new AccessDeniedException(r.resolve("queues").toString()));
        });
        CliRun run = cli.run("sync", "migrate");
        assertEquals(3, run.exitCode());
        assertEquals("Migration failed: AccessDeniedException: " + root.resolve("queues"), run.stderrLines().get(0));
    }

    @Test
    void showQuarantineListsRecordsReadOnly() {
        cli.queues().quarantine(scoped, new QuarantineEntry("queue", "{\"event_id\":\"e1\"}", "divergent_duplicate",
                "2026-05-18T10:00:00+00:00", "{\"data\":\"<x>\",\"id\":3,\"t\":1779000000.123456,\"n\":null}",
                "{\"data\":\"<y>\",\"id\":1}"));
        cli.queues().quarantine(scoped, new QuarantineEntry("body_upload_queue", "{\"rowid\":7}", "schema_incompatible",
                "2026-05-18T10:00:01+00:00", "{\"id\":7}", null));
        CliRun run = cli.run("sync", "migrate", "--show-quarantine");
        assertEquals(0, run.exitCode());
        assertEquals(List.of(
                "queue  {\"event_id\":\"e1\"}  divergent_duplicate  2026-05-18T10:00:00+00:00",
                "body_upload_queue  {\"rowid\":7}  schema_incompatible  2026-05-18T10:00:01+00:00"), run.stdoutLines());
        assertEquals(List.of(), cli.migration().calls());

        CliRun json = cli.run("sync", "migrate", "--show-quarantine", "--json");
        assertEquals(JsonParser.parseString("{\"scope\":" + quote(SCOPE) + ",\"scoped_db_path\":"
                + quote(scoped.toString()) + ",\"quarantine\":["
                + "{\"table\":\"queue\",\"stable_key\":\"{\\\"event_id\\\":\\\"e1\\\"}\",\"reason\":"
                + "\"divergent_duplicate\",\"quarantined_at\":\"2026-05-18T10:00:00+00:00\","
                + "\"legacy_row\":{\"data\":\"<x>\",\"id\":3,\"n\":null,\"t\":1779000000.123456},"
                + "\"scoped_row\":{\"data\":\"<y>\",\"id\":1}},"
                + "{\"table\":\"body_upload_queue\",\"stable_key\":\"{\\\"rowid\\\":7}\",\"reason\":"
                + "\"schema_incompatible\",\"quarantined_at\":\"2026-05-18T10:00:01+00:00\","
                + "\"legacy_row\":{\"id\":7},\"scoped_row\":null}]}"), json.json());
        assertTrue(json.stdout().contains("\"t\": 1779000000.123456"), "numbers keep their stored text");
        assertTrue(json.stdout().contains("\"data\": \"<x>\""), "no HTML escaping");
    }

    @Test
    void showQuarantineWithNothingQuarantined() {
        CliRun run = cli.run("sync", "migrate", "--show-quarantine");
        assertEquals(0, run.exitCode());
        assertEquals("No quarantined rows.\n", run.stdout());
        assertEquals(JsonParser.parseString("[]"),
                cli.run("sync", "migrate", "--show-quarantine", "--json").json().get("quarantine"));
    }

    @Test
    void aStoredRowThatIsNotJsonIsShownAsText() {
        cli.queues().quarantine(scoped, new QuarantineEntry("queue", "{\"event_id\":\"e1\"}", "insert_failed",
                "2026-05-18T10:00:00+00:00", "{'lenient': 1}", "{\"a\":1} trailing"));
        JsonObject entry = cli.run("sync", "migrate", "--show-quarantine", "--json").json()
                .getAsJsonArray("quarantine").get(0).getAsJsonObject();
        assertEquals("{'lenient': 1}", entry.get("legacy_row").getAsString());
        assertEquals("{\"a\":1} trailing", entry.get("scoped_row").getAsString());
    }

    private static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }
}
