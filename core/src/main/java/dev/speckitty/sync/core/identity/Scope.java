package dev.speckitty.sync.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/** The normalised scope string {@code "<server>|<user>|<team>"} (on-disk.md §5.6). */
public record Scope(String value) {

    public Scope {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("scope must not be blank");
        }
    }

    /** Builds the scope from raw parts: each trimmed and lowercased; trailing slashes removed from the server. */
    public static Scope of(String scopeServer, String principal, String team) {
        String server = scopeServer.strip().toLowerCase(Locale.ROOT);
        while (server.endsWith("/")) {
            server = server.substring(0, server.length() - 1);
        }
        return new Scope(server + "|" + principal.strip().toLowerCase(Locale.ROOT) + "|"
                + team.strip().toLowerCase(Locale.ROOT));
    }

    /** First 16 lowercase hex characters of SHA-256 over the UTF-8 bytes of the scope string. */
    public String hashPrefix() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** {@code queue-<16 hex>.db} (on-disk.md §5.7). */
    public String queueFileName() {
        return "queue-" + hashPrefix() + ".db";
    }
}
