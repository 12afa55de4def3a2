package dev.speckitty.sync.fs.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Fuzz targets for the identity parsers (contract README §6): whatever the bytes, no exception escapes and every
 * input yields a status. In a plain {@code mvn verify} Jazzer runs them in regression mode over the seeds in
 * {@code src/test/resources/.../IdentityInputsFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class IdentityInputsFuzzTest {
    private static final Path SESSION = Path.of("/fuzz/root/auth/session.json");
    private static final Path CREDENTIALS = Path.of("/fuzz/root/credentials");
    private static final Path CONFIG = Path.of("/fuzz/root/config.toml");
    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00Z");
    private static final Set<String> ENVELOPE_REJECTIONS = Set.of("unreadable", "invalid_json", "not_an_object",
            "unsupported_version", "malformed");

    @FuzzTest
    void sessionEnvelope(byte[] data) {
        SessionFile.Envelope envelope = SessionFile.parseEnvelope(SESSION, data);
        assertNotNull(envelope);
        if (envelope instanceof SessionFile.Envelope.Rejected rejected) {
            assertEquals(SessionStatus.REJECTED, rejected.report().status());
            assertTrue(ENVELOPE_REJECTIONS.contains(rejected.report().reasonCode()), rejected.report().reasonCode());
        } else {
            assertEquals(SessionFile.NONCE_BYTES, ((SessionFile.Envelope.Sealed) envelope).nonce().length);
        }
    }

    @FuzzTest
    void sessionPayload(byte[] data) {
        SessionReport report = SessionFile.evaluatePayload(SESSION, data, NOW);
        assertNotNull(report.status());
        assertTrue(report.status() != SessionStatus.ABSENT);
        assertEquals(report.status() == SessionStatus.VALID, report.diagnostic() == null);
    }

    @FuzzTest
    void credentials(byte[] data) {
        CredentialsReport report = CredentialsFile.fromBytes(CREDENTIALS, data);
        assertNotNull(report.status());
        assertTrue(report.status() != CredentialsStatus.ABSENT);
        assertEquals(report.status() == CredentialsStatus.VALID, report.diagnostic() == null);
    }

    @FuzzTest
    void config(byte[] data) {
        SyncConfig config = ConfigFile.fromBytes(CONFIG, data);
        assertNotNull(config);
        assertTrue(config.warnings().size() <= 3);
    }
}
