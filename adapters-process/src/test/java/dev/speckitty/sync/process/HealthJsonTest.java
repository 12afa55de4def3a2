package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.testing.TempRoots;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HealthJsonTest {
    private static final String TOKEN = "5f2b9c0d4e7a1f3b8c6d2e9a0b4f7c1d";
    /** The root of the machine that produced the fixtures. */
    private static final String REFERENCE_ROOT = "/tmp/old-checkout/home/" + TempRoots.DEFAULT_ROOT_DIRECTORY;
    private static final HealthOwner REFERENCE_OWNER = new HealthOwner(424242L, 9401L, "3.2.0rc9",
            "/tmp/old-checkout/.venv/bin/python3", "/tmp/old-checkout", "https://spec-kitty-dev.fly.dev", "alice@example.com",
            "team-1", "https://spec-kitty-dev.fly.dev|alice@example.com|team-1",
            REFERENCE_ROOT + "/queues/queue-8b85169673aa98b5.db",
            "2026-05-18T09:30:00+00:00");

    private static byte[] fixture(String name, String sha256) throws Exception {
        try (InputStream in = HealthJsonTest.class.getResourceAsStream(name)) {
            byte[] bytes = in.readAllBytes();
            assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    "the copy of " + name + " must equal the reference fixture (fixtures/MANIFEST.md)");
            return bytes;
        }
    }

    private static Optional<HealthReport> parse(String json) {
        return HealthJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReferenceDaemonsHealthIsRead() throws Exception {
        HealthReport report = HealthJson.parse(fixture("health-python-daemon.json",
                "8847812eb49edd052e7465931bf86c65792b5e90d4871fec36c79a92a34b189d")).orElseThrow();
        assertEquals(new HealthReport("ok", "sync", false, REFERENCE_ROOT, 1L, "3.2.0rc9",
                new SyncActivity(true, "2026-05-18T09:41:07.532118+00:00", 0L), "Connected", REFERENCE_OWNER), report);
        assertTrue(report.passesProbe(9401, OptionalLong.of(424242)));
        assertFalse(report.toString().contains(TOKEN));
    }

    @Test
    void theOfflineVariantIsRead() throws Exception {
        HealthReport report = HealthJson.parse(fixture("health-python-daemon-offline.json",
                "5e46ca2a052a3e5b108b90cc6d6d7e5d850b59962bed7c88b3f174c17433809d")).orElseThrow();
        assertEquals(new SyncActivity(false, null, 0L), report.sync());
        assertEquals("Offline", report.websocketStatus());
        assertEquals(REFERENCE_OWNER, report.owner());
    }

    @Test
    void fieldsOfAnotherTypeAreAbsent() {
        HealthReport report = parse("{\"status\":1,\"daemon_family\":7,\"protocol_version\":1.0,\"package_version\":null,"
                + "\"sync\":[],\"owner\":{\"pid\":\"12\",\"port\":9400.5,\"auth_scope\":null}}").orElseThrow();
        assertNull(report.status());
        assertNull(report.daemonFamily());
        assertTrue(report.daemonFamilyNotAString());
        assertNull(report.protocolVersion());
        assertNull(report.packageVersion());
        assertNull(report.sync());
        assertEquals(new HealthOwner(null, null, null, null, null, null, null, null, null, null, null), report.owner());
    }

    @Test
    void integersMustBeIntegerLiteralsWithinRange() {
        assertEquals(1L, parse("{\"protocol_version\":1}").orElseThrow().protocolVersion());
        assertEquals(-3L, parse("{\"protocol_version\":-3}").orElseThrow().protocolVersion());
        assertNull(parse("{\"protocol_version\":1e0}").orElseThrow().protocolVersion());
        assertNull(parse("{\"protocol_version\":99999999999999999999}").orElseThrow().protocolVersion());
    }

    @Test
    void onlyStrictJsonObjectsAreReports() {
        assertEquals(Optional.empty(), parse("[]"));
        assertEquals(Optional.empty(), parse("\"ok\""));
        assertEquals(Optional.empty(), parse(" "));
        assertEquals(Optional.empty(), parse("{} {}"));
        assertEquals(Optional.empty(), parse("{\"a\":1,}"));
        assertEquals(Optional.empty(), HealthJson.parse(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}));
        assertTrue(parse(" {\"status\":\"ok\"}\n").isPresent());
    }
}
