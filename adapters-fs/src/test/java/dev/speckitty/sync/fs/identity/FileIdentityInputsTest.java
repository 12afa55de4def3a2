package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.testing.ReadIdentityInputsContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The shared identity-inputs contract on real files: encrypted sessions, credentials TOML, config.toml. */
class FileIdentityInputsTest extends ReadIdentityInputsContract {

    @Override
    protected ReadIdentityInputs subject() {
        return IdentityInputFiles.reader(TestSessions.HOST);
    }

    @Override
    protected void arrangeSession(Path root, String email, String privateTeamId, String refreshTokenExpiresAt)
            throws Exception {
        String teams = privateTeamId == null ? "[" + TestSessions.sharedTeam("shared") + "]"
                : "[" + TestSessions.sharedTeam("shared") + ", " + TestSessions.privateTeam(privateTeamId) + "]";
        TestSessions.write(root, TestSessions.payload(tomlOrJsonString(email), teams,
                refreshTokenExpiresAt == null ? null : tomlOrJsonString(refreshTokenExpiresAt)));
    }

    @Override
    protected void arrangeCredentials(Path root, String username, String teamSlug, String serverUrl) throws Exception {
        StringBuilder toml = new StringBuilder("[user]\n");
        if (username != null) {
            toml.append("username = ").append(tomlOrJsonString(username)).append('\n');
        }
        if (teamSlug != null) {
            toml.append("team_slug = ").append(tomlOrJsonString(teamSlug)).append('\n');
        }
        toml.append("[server]\n");
        if (serverUrl != null) {
            toml.append("url = ").append(tomlOrJsonString(serverUrl)).append('\n');
        }
        toml.append("[tokens]\naccess = \"SECRET\"\n");
        Files.writeString(root.resolve("credentials"), toml, StandardCharsets.UTF_8);
    }

    @Override
    protected void arrangeConfig(Path root, Map<String, Object> syncValues) throws Exception {
        StringBuilder toml = new StringBuilder("[sync]\n");
        for (Map.Entry<String, Object> entry : new TreeMap<>(syncValues).entrySet()) {
            Object value = entry.getValue();
            toml.append(entry.getKey()).append(" = ")
                    .append(value instanceof String s ? tomlOrJsonString(s) : String.valueOf(value)).append('\n');
        }
        Files.writeString(root.resolve("config.toml"), toml, StandardCharsets.UTF_8);
    }

    /** A basic string literal, valid in both TOML and JSON for the plain text the contract uses. */
    private static String tomlOrJsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
