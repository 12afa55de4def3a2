package dev.speckitty.sync.fs.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsFileTest {
    private static final String REFERENCE_SHAPE = """
            [user]
            username = "alice@example.com"
            team_slug = "team-1"          # optional

            [server]
            url = "https://spec-kitty-dev.fly.dev"

            [tokens]
            access = "SECRET-ACCESS"
            refresh = "SECRET-REFRESH"
            access_expires_at = "2026-05-17T18:00:00+00:00"
            refresh_expires_at = "2020-06-17T16:00:00+00:00"
            """;

    @TempDir
    Path root;

    private Path file() {
        return root.resolve("credentials");
    }

    private CredentialsReport read(String toml) throws Exception {
        Files.writeString(file(), toml, StandardCharsets.UTF_8);
        CredentialsReport report = CredentialsFile.read(root);
        assertFalse(report.toString().contains("SECRET"), "tokens are never read");
        return report;
    }

    @Test
    void absentWithoutAFile() {
        assertEquals(CredentialsReport.absent(file()), CredentialsFile.read(root));
    }

    @Test
    void theReferenceShapeIsValidAndTokenExpiryIsNotEvaluated() throws Exception {
        CredentialsReport report = read(REFERENCE_SHAPE);
        assertEquals(new CredentialsReport(file(), CredentialsStatus.VALID, null, "alice@example.com", "team-1",
                "https://spec-kitty-dev.fly.dev"), report);
    }

    @Test
    void valuesAreTrimmedAndAMissingTeamIsNull() throws Exception {
        CredentialsReport report = read("[user]\nusername = \" bob \"\n[server]\nurl = \" https://x/ \"\n");
        assertEquals("bob", report.username());
        assertNull(report.teamSlug());
        assertEquals("https://x/", report.serverUrl());
    }

    @Test
    void dottedKeysAreTheSameTables() throws Exception {
        assertEquals(CredentialsStatus.VALID, read("user.username = \"bob\"\nserver.url = \"https://x\"\n").status());
    }

    @Test
    void lackingUsernameIsIncomplete() throws Exception {
        CredentialsReport report = read("[user]\nteam_slug = \"t\"\n[server]\nurl = \"https://x\"\n");
        assertEquals(CredentialsStatus.INCOMPLETE, report.status());
        assertEquals("Credentials file " + file() + " lacks [user].username", report.diagnostic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[user]\nusername = \"bob\"\n", "[user]\nusername = \"bob\"\n[server]\nurl = 5\n",
        "[user]\nusername = \"bob\"\nserver = \"https://x\"\n", "[user]\nusername = \"bob\"\n[server]\nurl = \"\"\n"})
    void lackingServerUrlIsIncomplete(String toml) throws Exception {
        CredentialsReport report = read(toml);
        assertEquals(CredentialsStatus.INCOMPLETE, report.status());
        assertEquals("Credentials file " + file() + " lacks [server].url", report.diagnostic());
    }

    @Test
    void aNonStringUsernameIsLacking() throws Exception {
        assertEquals("Credentials file " + file() + " lacks [user].username",
                read("user = 5\n[server]\nurl = \"https://x\"\n").diagnostic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[user\nusername = \"bob\"", "username = bob", "[user]\nusername = \"a\"\nusername = \"b\"\n",
        "= 1", "[tokens]\naccess = \"unterminated"})
    void invalidTomlIsRejectedWithoutQuotingTheFile(String toml) throws Exception {
        CredentialsReport report = read(toml);
        assertEquals(new CredentialsReport(file(), CredentialsStatus.REJECTED,
                "Credentials file " + file() + " is not valid TOML", null, null, null), report);
    }

    @Test
    void invalidUtf8IsRejectedLikeInvalidToml() throws Exception {
        Files.write(file(), new byte[] {'[', 'u', 's', 'e', 'r', ']', '\n', 'a', '=', '"', (byte) 0xFF, '"'});
        assertEquals("Credentials file " + file() + " is not valid TOML", CredentialsFile.read(root).diagnostic());
    }

    @Test
    void anUnreadableFileIsRejectedWithTheErrorClass() throws Exception {
        Files.createDirectories(file());
        CredentialsReport report = CredentialsFile.read(root);
        assertEquals(CredentialsStatus.REJECTED, report.status());
        assertEquals("Credentials file " + file() + " is unreadable: IOException", report.diagnostic());
    }
}
