package dev.speckitty.sync.fs.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.fs.HostFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every outcome row of on-disk.md §5.4 on real encrypted files, and the order of the checks. */
class SessionFileTest {
    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00Z");

    @TempDir
    Path root;

    private SessionReport read() {
        return read(TestSessions.HOST);
    }

    private SessionReport read(HostFacts host) {
        SessionReport report = SessionFile.read(root, NOW, host);
        assertFalse(report.toString().contains("SECRET"), "a report must never carry a token");
        return report;
    }

    private Path session() {
        return TestSessions.sessionPath(root);
    }

    private Path salt() {
        return TestSessions.saltPath(root);
    }

    private void assertRejected(String reasonCode, String diagnostic, SessionReport report) {
        assertEquals(SessionStatus.REJECTED, report.status());
        assertEquals(reasonCode, report.reasonCode());
        assertEquals(diagnostic, report.diagnostic());
        assertNull(report.email());
    }

    private void writeValid(String teams, String expires) throws Exception {
        TestSessions.write(root, TestSessions.payload("\" Alice@Example.com \"", teams, expires));
    }

    @Test
    void absentWhenTheFileDoesNotExist() {
        SessionReport report = read();
        assertEquals(SessionReport.absent(session()), report);
    }

    @Test
    void validWithTheFirstPrivateTeamspace() throws Exception {
        writeValid("[" + TestSessions.sharedTeam("shared") + ", " + TestSessions.privateTeam(" Team-1 ") + ", "
                + TestSessions.privateTeam("team-2") + "]", "\"2026-06-17T16:00:00+00:00\"");
        SessionReport report = read();
        assertEquals(SessionStatus.VALID, report.status());
        assertEquals("Alice@Example.com", report.email());
        assertEquals("Team-1", report.privateTeamId());
        assertEquals("2026-06-17T16:00:00+00:00", report.refreshTokenExpiresAt());
        assertEquals("file", report.storageBackend());
        assertNull(report.diagnostic());
    }

    @Test
    void aNullOrMissingExpiryNeverExpires() throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", "null");
        assertEquals(SessionStatus.VALID, read().status());
        writeValid("[" + TestSessions.privateTeam("t") + "]", null);
        assertEquals(SessionStatus.VALID, read().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-17T16:42:00+00:00", "2026-05-17T16:42:00Z", "2026-05-17T18:42:00+02:00",
        "2026-05-17T16:42:00", "2026-05-17T16:41:59.999999+00:00"})
    void expiredWhenTheRefreshInstantIsNotAfterNow(String expiresAt) throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", "\"" + expiresAt + "\"");
        SessionReport report = read();
        assertEquals(SessionStatus.EXPIRED, report.status());
        assertEquals("refresh_token_expired", report.reasonCode());
        assertEquals("Session refresh token expired at " + expiresAt, report.diagnostic());
    }

    @Test
    void noPrivateTeamspaceSkipsElementsThatDoNotQualify() throws Exception {
        writeValid("[" + TestSessions.sharedTeam("shared")
                + ", {\"id\": \"flag-is-a-string\", \"is_private_teamspace\": \"true\"}"
                + ", {\"id\": \"  \", \"is_private_teamspace\": true}"
                + ", {\"id\": 17, \"is_private_teamspace\": true}"
                + ", \"not-an-object\", null]", null);
        SessionReport report = read();
        assertEquals(SessionStatus.NO_PRIVATE_TEAMSPACE, report.status());
        assertEquals("no_private_teamspace", report.reasonCode());
        assertEquals("Session has no private teamspace", report.diagnostic());
        assertEquals("Alice@Example.com", report.email());
    }

    @Test
    void expiryIsJudgedBeforeTheTeamspace() throws Exception {
        writeValid("[]", "\"2020-01-01T00:00:00Z\"");
        assertEquals(SessionStatus.EXPIRED, read().status());
    }

    @ParameterizedTest
    @CsvSource({"rw-r--r--, 644", "rw-r-----, 640", "rw----r--, 604", "rwx------, 700", "------rw-, 6"})
    void unsafePermissionsNameTheModeInOctal(String permissions, String octal) throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", null);
        Files.setPosixFilePermissions(session(), PosixFilePermissions.fromString(permissions));
        SessionReport report = read();
        if (octal.equals("700")) {
            assertEquals(SessionStatus.VALID, report.status(), "owner bits alone are safe");
            return;
        }
        assertRejected("unsafe_permissions", "Session file " + session() + " has unsafe permissions (mode=0o"
                + octal + "); expected 0600. Fix with: chmod 600 " + session(), report);
    }

    @Test
    void permissionsAreCheckedBeforeTheContent() throws Exception {
        TestSessions.writeEnvelope(root, "not json");
        Files.setPosixFilePermissions(session(), PosixFilePermissions.fromString("rw-rw----"));
        assertEquals("unsafe_permissions", read().reasonCode());
    }

    @Test
    void unreadableWhenTheSessionCannotBeRead() throws Exception {
        Files.createDirectories(session());
        Files.setPosixFilePermissions(session(), PosixFilePermissions.fromString("rwx------"));
        assertRejected("unreadable", "Session file " + session() + " is unreadable: IOException", read());
    }

    @Test
    void unreadableWhenTheSessionIsNotUtf8() throws Exception {
        TestSessions.writeEnvelope(root, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        assertRejected("unreadable", "Session file " + session() + " is unreadable: MalformedInputException", read());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"version\": 2,}", "{'version': 2}", "{version: 2}",
        "{\"version\": NaN}", "{\"version\": 2} {}", "{\"version\": 2} x", "/* c */ {\"version\": 2}",
        "{\"version\": 2 // c\n}", "{\"a\" \"b\"}", "\uFEFF{\"version\": 2}", "{\"version\": 02}"})
    void invalidJson(String text) throws Exception {
        TestSessions.writeEnvelope(root, text);
        assertRejected("invalid_json", "Session file " + session() + " is not valid JSON", read());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "2", "\"session\"", "true"})
    void notAnObject(String text) throws Exception {
        TestSessions.writeEnvelope(root, text);
        assertRejected("not_an_object", "Session file " + session() + " is not a JSON object", read());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"version\": 1}|1",
        "{\"version\": \"2\"}|\"2\"",
        "{\"version\": null}|null",
        "{}|null",
        "{\"version\": 2.5}|2.5",
        "{\"version\": [2]}|[2]",
        "{\"version\": \"<&>\"}|\"<&>\""})
    void unsupportedVersionQuotesTheValueAsWritten(String text, String asWritten) throws Exception {
        TestSessions.writeEnvelope(root, text);
        assertRejected("unsupported_version", "Unsupported session file format version " + asWritten + "; expected 2",
                read());
    }

    @Test
    void versionTwoWrittenAsADecimalIsAccepted() throws Exception {
        byte[] ciphertext = TestSessions.encrypt(TestSessions.payload("\"a@b.c\"",
                "[" + TestSessions.privateTeam("t") + "]", null).getBytes(StandardCharsets.UTF_8));
        TestSessions.writeEnvelope(root, TestSessions.envelope(ciphertext).replace("\"version\": 2", "\"version\": 2.0"));
        TestSessions.writeSalt(root, TestSessions.SALT);
        assertEquals(SessionStatus.VALID, read().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\": 2, \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": 5, \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": \"a0a1a2a3a4a5a6a7a8a9aa\", \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": \"a0a1a2a3a4a5a6a7a8a9aaabac\", \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": \"g0a1a2a3a4a5a6a7a8a9aaab\", \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": \"a0a1a2a3a4a5 6a7a8a9aaab\", \"ciphertext\": \"00\"}",
        "{\"version\": 2, \"nonce\": \"a0a1a2a3a4a5a6a7a8a9aaab\"}"})
    void malformedNonceOrCiphertext(String text) throws Exception {
        TestSessions.writeEnvelope(root, text);
        String field = text.contains("\"nonce\": \"a0a1a2a3a4a5a6a7a8a9aaab\"") ? "ciphertext" : "nonce";
        assertRejected("malformed", "Session file " + session() + " is malformed: " + field, read());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "zz", "0x00", "null"})
    void malformedCiphertextValues(String value) throws Exception {
        TestSessions.writeEnvelope(root, "{\"version\": 2, \"nonce\": \"A0A1A2A3A4A5A6A7A8A9AAAB\", \"ciphertext\": "
                + (value.equals("null") ? "null" : "\"" + value + "\"") + "}");
        assertRejected("malformed", "Session file " + session() + " is malformed: ciphertext", read());
    }

    @Test
    void theEnvelopeIsJudgedBeforeTheSalt() throws Exception {
        TestSessions.writeEnvelope(root, "{\"version\": 2, \"nonce\": \"00\", \"ciphertext\": \"00\"}");
        assertEquals("malformed", read().reasonCode());
    }

    @Test
    void saltMissing() throws Exception {
        TestSessions.writeEnvelope(root, TestSessions.envelope(new byte[32]));
        assertRejected("salt_missing", "Salt file " + salt() + " is missing; cannot decrypt the session", read());
    }

    @Test
    void saltUnreadable() throws Exception {
        TestSessions.writeEnvelope(root, TestSessions.envelope(new byte[32]));
        Files.createDirectories(salt());
        assertRejected("salt_unreadable", "Salt file " + salt() + " is unreadable: IOException", read());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 32})
    void saltWrongLength(int length) throws Exception {
        TestSessions.writeEnvelope(root, TestSessions.envelope(new byte[32]));
        TestSessions.writeSalt(root, new byte[length]);
        assertRejected("salt_wrong_length",
                "Salt file " + salt() + " has wrong length (" + length + " bytes); expected 16", read());
    }

    @Test
    void decryptFailsOnAnotherHost() throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", null);
        assertRejected("decrypt_failed", "Failed to decrypt session file " + session(),
                read(HostFacts.fixed("other-host", 4242)));
    }

    @Test
    void decryptFailsOnATamperedCiphertext() throws Exception {
        byte[] ciphertext = TestSessions.encrypt("{\"email\": \"a@b.c\", \"teams\": []}".getBytes(StandardCharsets.UTF_8));
        ciphertext[0] ^= 1;
        TestSessions.writeEnvelope(root, TestSessions.envelope(ciphertext));
        TestSessions.writeSalt(root, TestSessions.SALT);
        assertEquals("decrypt_failed", read().reasonCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0f"})
    void decryptFailsOnACiphertextShorterThanTheTag(String hex) throws Exception {
        TestSessions.writeEnvelope(root,
                "{\"version\": 2, \"nonce\": \"a0a1a2a3a4a5a6a7a8a9aaab\", \"ciphertext\": \"" + hex + "\"}");
        TestSessions.writeSalt(root, TestSessions.SALT);
        assertEquals("decrypt_failed", read().reasonCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1, 2]", "{\"email\": \"a@b.c\", \"teams\": []"})
    void aPlaintextThatIsNotAJsonObjectDidNotDecryptIntoASession(String plaintext) throws Exception {
        TestSessions.writeEnvelope(root, TestSessions.envelope(TestSessions.encrypt(plaintext.getBytes(StandardCharsets.UTF_8))));
        TestSessions.writeSalt(root, TestSessions.SALT);
        assertEquals("decrypt_failed", read().reasonCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"\"|[]|null|email",
        "\"  \"|[]|null|email",
        "17|[]|null|email",
        "null|[]|null|email",
        "\"a@b.c\"|{}|null|teams",
        "\"a@b.c\"|\"t\"|null|teams",
        "\"a@b.c\"|null|null|teams",
        "\"a@b.c\"|[]|17|refresh_token_expires_at",
        "\"a@b.c\"|[]|\"tomorrow\"|refresh_token_expires_at",
        "\"a@b.c\"|[]|\"2026-05-17\"|refresh_token_expires_at",
        "\"\"|{}|17|email"})
    void invalidPayloadNamesTheFirstOffendingKey(String email, String teams, String expires, String key)
            throws Exception {
        TestSessions.write(root, TestSessions.payload(email, teams, expires));
        assertRejected("invalid_payload", "Decrypted session payload is not a valid session: " + key, read());
    }

    @Test
    void aMissingTeamsKeyIsAnInvalidPayload() throws Exception {
        TestSessions.write(root, "{\"email\": \"a@b.c\"}");
        assertEquals("Decrypted session payload is not a valid session: teams", read().diagnostic());
    }

    @Test
    void aLinkedSessionIsReadThroughTheLink() throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", null);
        Path elsewhere = root.resolve("elsewhere.json");
        Files.move(session(), elsewhere);
        Files.createSymbolicLink(session(), elsewhere);
        assertEquals(SessionStatus.VALID, read().status());
    }

    @Test
    void theKeyIsDerivedOncePerSaltAndPassword() throws Exception {
        writeValid("[" + TestSessions.privateTeam("t") + "]", null);
        read();
        int before = SessionKeys.derivations();
        for (int i = 0; i < 3; i++) {
            assertEquals(SessionStatus.VALID, read().status());
        }
        assertEquals(before, SessionKeys.derivations());
    }

    @Test
    void theProductKeyEqualsTheReferenceDerivation() {
        assertEquals(java.util.HexFormat.of().formatHex(TestSessions.key()), java.util.HexFormat.of()
                .formatHex(SessionKeys.key(TestSessions.SALT, SessionFile.password(TestSessions.HOST))));
    }
}
