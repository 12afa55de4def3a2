package dev.speckitty.sync.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CredentialsOutcomesTest {
    private static final Path FILE = Path.of("/r/credentials");

    @Test
    void usernameAndServerMakeValidCredentials() {
        CredentialsReport report = CredentialsOutcomes.fromValues(FILE, " u ", null, " https://s ");
        assertEquals(CredentialsStatus.VALID, report.status());
        assertEquals("u", report.username());
        assertNull(report.teamSlug());
        assertEquals("https://s", report.serverUrl());
        assertNull(report.diagnostic());
    }

    @Test
    void theUsernameIsNamedFirstWhenBothAreMissing() {
        assertEquals("Credentials file /r/credentials lacks [user].username",
                CredentialsOutcomes.fromValues(FILE, null, null, null).diagnostic());
    }

    @Test
    void aBlankServerUrlIsLacking() {
        CredentialsReport report = CredentialsOutcomes.fromValues(FILE, "u", "t", "  ");
        assertEquals(CredentialsStatus.INCOMPLETE, report.status());
        assertEquals("Credentials file /r/credentials lacks [server].url", report.diagnostic());
    }

    @Test
    void rejectionsCarryNoValues() {
        CredentialsReport report = CredentialsOutcomes.notValidToml(FILE);
        assertEquals(CredentialsStatus.REJECTED, report.status());
        assertEquals("Credentials file /r/credentials is not valid TOML", report.diagnostic());
        assertNull(report.username());
        assertEquals("Credentials file /r/credentials is unreadable: AccessDeniedException",
                CredentialsOutcomes.unreadable(FILE, "AccessDeniedException").diagnostic());
    }
}
