package dev.speckitty.sync.core.migration;

import static dev.speckitty.sync.core.testing.Rows.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.Rows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code default_queue_db_path()} (on-disk.md §7.1) with the fake stores. */
class QueueLocatorTest {

    private static final Path ROOT = Path.of("/r");
    private static final Identity ALICE = new Identity(IdentitySource.SESSION, "Alice@Example.com", "Team-1",
            "HTTPS://Spec-Kitty-Dev.fly.dev/");

    private InMemoryQueueDatabases fake;
    private MigrationHarness harness;
    private QueueLocator locator;

    @BeforeEach
    void setUp() {
        fake = new InMemoryQueueDatabases();
        harness = new MigrationHarness(QueueStoresUnderTest.inMemory(fake));
        locator = new QueueLocator(fake, harness.migration(), harness.log);
    }

    private static ResolvedIdentity resolved(Optional<Identity> identity) {
        return new ResolvedIdentity(ROOT, "https://spec-kitty-dev.fly.dev", SyncConfig.defaults(),
                SessionReport.absent(ROOT.resolve("auth/session.json")),
                CredentialsReport.absent(ROOT.resolve("credentials")), identity,
                QueuePaths.of(ROOT, identity.map(Identity::scope)), List.of());
    }

    private static final Path SCOPED = ROOT.resolve("queues/queue-8b85169673aa98b5.db");
    private static final Path LEGACY = ROOT.resolve("queue.db");

    @Test
    void without_an_identity_there_is_no_active_scope_and_nothing_is_touched() {
        fake.createLegacy(LEGACY, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        assertThrows(NoActiveScopeException.class, () -> locator.defaultQueueDbPath(resolved(Optional.empty())));
        assertEquals(1, fake.rows(LEGACY, "queue").size());
        assertFalse(fake.exists(SCOPED));
    }

    @Test
    void without_a_legacy_queue_it_returns_the_scoped_path_and_creates_nothing() throws Exception {
        ActiveQueue active = locator.defaultQueueDbPath(resolved(Optional.of(ALICE)));
        assertEquals(new ActiveQueue(SCOPED, Optional.empty()), active);
        assertFalse(fake.exists(SCOPED));
        assertFalse(fake.exists(LEGACY));
        assertEquals(0, active.migratedLegacyRows());
    }

    @Test
    void with_a_legacy_queue_it_migrates_first() throws Exception {
        fake.createLegacy(LEGACY, List.of(Rows.queue(event(1, "e1", "T", "{}"), event(2, null, "T", "{}"))));
        ActiveQueue active = locator.defaultQueueDbPath(resolved(Optional.of(ALICE)));
        assertEquals(SCOPED, active.path());
        assertEquals(2, active.migratedLegacyRows());
        assertEquals(1, active.migrated());
        assertEquals(1, active.quarantined());
        assertEquals(List.of(), fake.rows(LEGACY, "queue"));
    }

    @Test
    void a_held_migration_lock_is_a_warning_and_the_scoped_path() throws Exception {
        fake.createLegacy(LEGACY, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        harness.locks.holdElsewhere(ROOT, LockName.QUEUE_MIGRATION);
        assertEquals(new ActiveQueue(SCOPED, Optional.empty()), locator.defaultQueueDbPath(resolved(Optional.of(ALICE))));
        assertEquals(List.of("[WARN] legacy queue migration skipped: /r/queue-migration.lock is held by another process"),
                harness.log.lines());
    }

    @Test
    void a_legacy_side_failure_is_a_warning_and_the_scoped_path() throws Exception {
        fake.createNotADatabase(LEGACY);
        assertEquals(new ActiveQueue(SCOPED, Optional.empty()), locator.defaultQueueDbPath(resolved(Optional.of(ALICE))));
        assertEquals(List.of("[WARN] legacy queue migration failed: /r/queue.db: file is not a database"),
                harness.log.lines());
        assertFalse(fake.exists(SCOPED));
    }

    @Test
    void a_scoped_side_failure_propagates() {
        fake.createLegacy(LEGACY, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        fake.failScopedOpen(SCOPED, "unable to open database file");
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> locator.defaultQueueDbPath(resolved(Optional.of(ALICE))));
        assertFalse(e.legacySide());
        assertTrue(harness.log.lines().isEmpty());
    }

    @Test
    void the_accessor_never_hands_out_the_legacy_path() throws Exception {
        fake.createNotADatabase(LEGACY);
        ActiveQueue active = locator.defaultQueueDbPath(resolved(Optional.of(ALICE)));
        assertSame(SCOPED.getClass(), active.path().getClass());
        assertFalse(active.path().equals(LEGACY));
    }
}
