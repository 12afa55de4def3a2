package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.testing.FakeCanonicalPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MismatchPolicyTest {
    private static final String SCOPE = "https://spec-kitty-dev.fly.dev|alice@example.com|team-1";
    private final FakeCanonicalPaths paths = new FakeCanonicalPaths(Path.of("/work"))
            .link(Path.of("/home/alice/sk-home"), Path.of("/data/sk-root"))
            .link(Path.of("/usr/local/sk"), Path.of("/opt/sk"));

    private static ForegroundIdentity foreground() {
        return new ForegroundIdentity("3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                "HTTPS://Spec-Kitty-Dev.fly.dev", "alice@example.com", "team-1", SCOPE,
                "/home/alice/sk-home/queues/queue-8b85169673aa98b5.db");
    }

    private static OwnerRecord daemon(String version, String executable, String checkout, String serverUrl, String scope,
            String queue) {
        return new OwnerRecord("alice@example.com", scope, "team-1", executable, version, 12, 9400, queue, serverUrl, checkout,
                "2026-05-17T16:42:00+00:00", new ControlToken("5f2b9c0d4e7a1f3b8c6d2e9a0b4f7c1d"));
    }

    private List<FieldMismatch> compare(OwnerRecord record) {
        return MismatchPolicy.compare(IdentityFields.of(foreground(), paths), IdentityFields.of(record, paths));
    }

    @Test
    void equalIdentitiesUnderTheRulesHaveNoMismatch() {
        OwnerRecord same = daemon("3.2.4", "/usr/local/sk/lib/./spec-kitty-sync.jar", "/usr/local/sk/lib/..",
                "  https://spec-kitty-dev.fly.dev/// ", SCOPE, "/data/sk-root/queues/queue-8b85169673aa98b5.db");
        assertEquals(List.of(), compare(same));
    }

    @Test
    void everyMismatchIsNamedInCanonicalOrderWithTheUnnormalisedValues() {
        OwnerRecord other = daemon("3.2.0rc9", "/tmp/old/.venv/bin/python3", "/tmp/old", "https://other.example/",
                "https://other.example|bob|team-2", "/tmp/old/home/queues/queue-0000000000000000.db");
        assertEquals(List.of(
                new FieldMismatch(IdentityField.PACKAGE_VERSION, "3.2.4", "3.2.0rc9"),
                new FieldMismatch(IdentityField.EXECUTABLE_PATH, "/opt/sk/lib/spec-kitty-sync.jar", "/tmp/old/.venv/bin/python3"),
                new FieldMismatch(IdentityField.SOURCE_CHECKOUT_PATH, "/opt/sk", "/tmp/old"),
                new FieldMismatch(IdentityField.SERVER_URL, "HTTPS://Spec-Kitty-Dev.fly.dev", "https://other.example/"),
                new FieldMismatch(IdentityField.AUTH_SCOPE, SCOPE, "https://other.example|bob|team-2"),
                new FieldMismatch(IdentityField.QUEUE_DB_PATH, "/home/alice/sk-home/queues/queue-8b85169673aa98b5.db",
                        "/tmp/old/home/queues/queue-0000000000000000.db")),
                compare(other));
    }

    @Test
    void pathsAreComparedCanonicallyButReportedAsGiven() {
        OwnerRecord viaLink = daemon("3.2.4", "/usr/local/sk/lib/other.jar", "/opt/sk", "https://spec-kitty-dev.fly.dev", SCOPE,
                "/data/sk-root/queues/queue-8b85169673aa98b5.db");
        assertEquals(List.of(new FieldMismatch(IdentityField.EXECUTABLE_PATH, "/opt/sk/lib/spec-kitty-sync.jar",
                "/usr/local/sk/lib/other.jar")), compare(viaLink));
    }

    @Test
    void scopesAreComparedExactly() {
        OwnerRecord upper = daemon("3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk", "https://spec-kitty-dev.fly.dev",
                SCOPE.toUpperCase(java.util.Locale.ROOT), "/data/sk-root/queues/queue-8b85169673aa98b5.db");
        assertEquals(List.of(IdentityField.AUTH_SCOPE), compare(upper).stream().map(FieldMismatch::field).toList());
    }

    @Test
    void bothNullIsEqualAndNullAgainstAValueIsAMismatch() {
        IdentityFields unauthenticated = new IdentityFields("3.2.4", ComparedPath.NONE, ComparedPath.NONE, "https://s", null,
                ComparedPath.NONE);
        assertEquals(List.of(), MismatchPolicy.compare(unauthenticated, unauthenticated));
        IdentityFields authenticated = new IdentityFields("3.2.4", ComparedPath.NONE, ComparedPath.NONE, "https://s", SCOPE,
                ComparedPath.NONE);
        assertEquals(List.of(new FieldMismatch(IdentityField.AUTH_SCOPE, null, SCOPE)),
                MismatchPolicy.compare(unauthenticated, authenticated));
        IdentityFields withoutServer = new IdentityFields("3.2.4", ComparedPath.NONE, ComparedPath.NONE, null, null,
                ComparedPath.NONE);
        assertEquals(List.of(new FieldMismatch(IdentityField.SERVER_URL, "https://s", null)),
                MismatchPolicy.compare(unauthenticated, withoutServer));
    }

    @Test
    void aHealthOwnerBlockIsComparedLikeARecord() {
        HealthOwner owner = new HealthOwner(12L, 9400L, "3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1", SCOPE, null, null);
        assertEquals(List.of(new FieldMismatch(IdentityField.QUEUE_DB_PATH,
                        "/home/alice/sk-home/queues/queue-8b85169673aa98b5.db", null)),
                MismatchPolicy.compare(IdentityFields.of(foreground(), paths), IdentityFields.of(owner, paths)));
    }

    @Test
    void serverUrlsAreNormalisedLikeTheScopeServer() {
        assertEquals("https://spec-kitty-dev.fly.dev", MismatchPolicy.normalisedServerUrl(" HTTPS://Spec-Kitty-Dev.fly.dev// "));
        assertNull(MismatchPolicy.normalisedServerUrl(null));
        assertEquals("", MismatchPolicy.normalisedServerUrl("///"));
    }

    @Test
    void fieldKeysAreTheWireNames() {
        assertEquals(List.of("package_version", "executable_path", "source_checkout_path", "server_url", "auth_scope",
                "queue_db_path"), java.util.Arrays.stream(IdentityField.values()).map(IdentityField::key).toList());
    }
}
