package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.fs.HostFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * A tiny encryptor that writes sessions the way the reference CLI does (scrypt N=16384 r=8 p=1 → AES-256-GCM,
 * version 2 envelope), independent of the product's reader. The key is derived once per test JVM.
 */
final class TestSessions {
    static final HostFacts HOST = HostFacts.fixed("test-host", 4242);
    static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    static final byte[] NONCE = HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaab");
    private static byte[] key;

    private TestSessions() {
    }

    static synchronized byte[] key() {
        if (key == null) {
            key = SCrypt.generate("test-host:4242".getBytes(StandardCharsets.UTF_8), SALT, 16384, 8, 1, 32);
        }
        return key.clone();
    }

    static Path sessionPath(Path root) {
        return root.resolve("auth").resolve("session.json");
    }

    static Path saltPath(Path root) {
        return root.resolve("auth").resolve("session.salt");
    }

    static byte[] encrypt(byte[] plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, NONCE));
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String envelope(byte[] ciphertext) {
        return "{\"version\": 2, \"nonce\": \"" + HexFormat.of().formatHex(NONCE) + "\", \"ciphertext\": \""
                + HexFormat.of().formatHex(ciphertext) + "\"}";
    }

    /** A full session: encrypted payload, envelope 0600 and salt. */
    static void write(Path root, String payloadJson) throws IOException {
        writeEnvelope(root, envelope(encrypt(payloadJson.getBytes(StandardCharsets.UTF_8))));
        writeSalt(root, SALT);
    }

    static void writeEnvelope(Path root, String envelope) throws IOException {
        writeEnvelope(root, envelope.getBytes(StandardCharsets.UTF_8));
    }

    static void writeEnvelope(Path root, byte[] envelope) throws IOException {
        Path session = sessionPath(root);
        Files.createDirectories(session.getParent());
        Files.write(session, envelope);
        Files.setPosixFilePermissions(session, PosixFilePermissions.fromString("rw-------"));
    }

    static void writeSalt(Path root, byte[] salt) throws IOException {
        Files.createDirectories(saltPath(root).getParent());
        Files.write(saltPath(root), salt);
    }

    /** A payload in the reference's StoredSession shape, with a secret token that must never surface. */
    static String payload(String email, String teamsJson, String refreshExpiresAtJson) {
        return "{\"user_id\": \"u-1\", \"email\": " + email + ", \"name\": \"Alice\", \"teams\": " + teamsJson
                + ", \"default_team_id\": \"default-team\", \"access_token\": \"SECRET-ACCESS\","
                + " \"refresh_token\": \"SECRET-REFRESH\", \"session_id\": \"s-1\","
                + (refreshExpiresAtJson == null ? "" : " \"refresh_token_expires_at\": " + refreshExpiresAtJson + ",")
                + " \"storage_backend\": \"file\", \"generation\": 3}";
    }

    static String privateTeam(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Private\", \"role\": \"owner\", \"is_private_teamspace\": true}";
    }

    static String sharedTeam(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Shared\", \"role\": \"member\", \"is_private_teamspace\": false}";
    }
}
