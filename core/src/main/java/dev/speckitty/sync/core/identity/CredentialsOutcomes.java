package dev.speckitty.sync.core.identity;

import java.nio.file.Path;

/**
 * The outcomes of reading the legacy credentials (on-disk.md §5.3, cleanup.md §10.2) with their exact
 * diagnostics. The adapter parses TOML and hands over the string values it found; the rules live here.
 */
public final class CredentialsOutcomes {

    public static final String USERNAME_KEY = "[user].username";
    public static final String SERVER_URL_KEY = "[server].url";

    private CredentialsOutcomes() {
    }

    /** The file is not valid TOML (clarifications #9: invalid UTF-8 included). */
    public static CredentialsReport notValidToml(Path credentials) {
        return rejected(credentials, "Credentials file " + credentials + " is not valid TOML");
    }

    /** The file exists but cannot be read (decided here; same shape as the session's {@code unreadable}). */
    public static CredentialsReport unreadable(Path credentials, String errorClass) {
        return rejected(credentials, "Credentials file " + credentials + " is unreadable: " + errorClass);
    }

    /**
     * A parsed file. Each argument is the TOML string value of its key, or null when the key is missing or
     * not a string. Reported values are trimmed; blank username or url makes the file incomplete.
     */
    public static CredentialsReport fromValues(Path credentials, String username, String teamSlug, String serverUrl) {
        String user = trimmed(username);
        String team = trimmed(teamSlug);
        String server = trimmed(serverUrl);
        if (user == null || user.isEmpty()) {
            return incomplete(credentials, USERNAME_KEY, user, team, server);
        }
        if (server == null || server.isEmpty()) {
            return incomplete(credentials, SERVER_URL_KEY, user, team, server);
        }
        return new CredentialsReport(credentials, CredentialsStatus.VALID, null, user, team, server);
    }

    private static CredentialsReport incomplete(Path credentials, String missingKey, String user, String team,
                                                String server) {
        return new CredentialsReport(credentials, CredentialsStatus.INCOMPLETE,
                "Credentials file " + credentials + " lacks " + missingKey, user, team, server);
    }

    private static CredentialsReport rejected(Path credentials, String diagnostic) {
        return new CredentialsReport(credentials, CredentialsStatus.REJECTED, diagnostic, null, null, null);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
