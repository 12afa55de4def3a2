package dev.speckitty.sync.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.migration.MigrationCheckpoint;
import dev.speckitty.sync.core.migration.MigrationCheckpoints;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.MigrationHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legacy queue that is not a database, is truncated or is locked by another process fails cleanly: a
 * legacy-side failure with a one-line reason, nothing created, the file byte-identical (clarifications #13).
 */
class LegacyFailureTest {

    private static final Identity ALICE = new Identity(IdentitySource.CREDENTIALS, "alice@example.com", "team-1",
            "https://spec-kitty-dev.fly.dev");

    @TempDir
    Path root;

    private List<String> rootListing() {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertCleanLegacyFailure(MigrationHarness harness, String reason) throws Exception {
        Path legacy = root.resolve("queue.db");
        Path scoped = QueuePaths.of(root, Optional.of(ALICE.scope())).scoped().orElseThrow();
        String before = SharedFixtures.sha256(legacy);

        MigrationFailedException migrate = assertThrows(MigrationFailedException.class,
                () -> harness.migration().migrate(root, scoped));
        assertTrue(migrate.legacySide());
        assertEquals(legacy + ": " + reason, migrate.getMessage());
        MigrationFailedException dry = assertThrows(MigrationFailedException.class,
                () -> harness.migration().dryRun(root, scoped));
        assertTrue(dry.legacySide());

        ResolvedIdentity identity = new ResolvedIdentity(root, "https://spec-kitty-dev.fly.dev", SyncConfig.defaults(),
                SessionReport.absent(root.resolve("auth/session.json")), CredentialsReport.absent(root.resolve("credentials")),
                Optional.of(ALICE), QueuePaths.of(root, Optional.of(ALICE.scope())), List.of());
        QueueLocator locator = new QueueLocator(harness.stores.legacyQueues(), harness.migration(), harness.log);
        assertEquals(scoped, locator.defaultQueueDbPath(identity).path());
        assertEquals(List.of("[WARN] legacy queue migration failed: " + legacy + ": " + reason), harness.log.lines());

        assertEquals(before, SharedFixtures.sha256(legacy));
        assertEquals(List.of("queue.db"), rootListing(), "nothing created beside the legacy queue");
    }

    @Test
    void a_queue_db_that_is_not_sqlite() throws Exception {
        new SqliteFixture().createNotADatabase(root.resolve("queue.db"));
        assertCleanLegacyFailure(new MigrationHarness(new SqliteStores()), "file is not a database");
    }

    @Test
    void a_truncated_queue_db() throws Exception {
        Path legacy = SharedFixtures.copy("legacy-queue-me.db", root.resolve("queue.db"));
        byte[] bytes = Files.readAllBytes(legacy);
        Files.write(legacy, Arrays.copyOf(bytes, bytes.length / 2));
        assertCleanLegacyFailure(new MigrationHarness(new SqliteStores()), "database disk image is malformed");
    }

    @Test
    void a_queue_db_locked_by_another_writer() throws Exception {
        Path legacy = SharedFixtures.copy("legacy-queue-me.db", root.resolve("queue.db"));
        try (Connection other = SqliteFixture.connect(legacy); Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            assertCleanLegacyFailure(new MigrationHarness(new SqliteStores(100)), "database is locked");
            statement.execute("ROLLBACK");
        }
    }

    @Test
    void a_legacy_delete_blocked_after_the_apply_fails_on_the_legacy_side_and_a_rerun_applies_nothing_twice()
            throws Exception {
        Path legacy = SharedFixtures.copy("legacy-queue-me.db", root.resolve("queue.db"));
        Path scoped = root.resolve("queues").resolve("queue-8b85169673aa98b5.db");
        MigrationHarness harness = new MigrationHarness(new SqliteStores(100));
        try (Connection other = SqliteFixture.connect(legacy); Statement statement = other.createStatement()) {
            MigrationCheckpoints blockDeletes = (checkpoint, table) -> {
                if (checkpoint == MigrationCheckpoint.AFTER_APPLY_COMMIT
                        && table == QueueTable.BODY_UPLOAD_FAILURE_LOG) {
                    try {
                        statement.execute("BEGIN IMMEDIATE");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> harness
                    .migration(BatchLimits.DEFAULT, blockDeletes).migrate(root, scoped));
            assertTrue(e.legacySide());
            assertEquals(legacy + ": database is locked", e.getMessage());
            statement.execute("ROLLBACK");
        }
        SqliteFixture fixture = new SqliteFixture();
        assertEquals(3, fixture.rows(scoped, "migration_ledger").size(), "applied, not yet deleted");
        assertEquals(3, fixture.rows(legacy, "body_upload_failure_log").size());

        harness.migration().migrate(root, scoped);
        assertEquals(List.of(), fixture.rows(legacy, "body_upload_failure_log"));
        assertEquals(3, fixture.rows(scoped, "body_upload_failure_log").size(), "copied once, not twice");
        assertEquals(List.of(), fixture.rows(scoped, "migration_ledger"));
    }
}
