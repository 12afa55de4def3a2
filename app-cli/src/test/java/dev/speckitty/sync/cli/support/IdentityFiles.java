package dev.speckitty.sync.cli.support;

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
 * Identity files as the reference CLI writes them, for tests that run the real identity reader: an encrypted
 * session (version 2 envelope: scrypt N=16384 r=8 p=1 of {@code "<hostname>:<uid>"} → AES-256-GCM, the approach of
 * adapters-fs's test encryptor) keyed to this host and user, so the production reader decrypts it, and legacy
 * credentials. The scrypt key is derived once per test JVM.
 */
public final class IdentityFiles {

    private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] NONCE = HexFormat.of().parseHex("a0a1a2a3a4a5a6a7a8a9aaab");
    private static byte[] key;

    private IdentityFiles() {
    }

    private static synchronized byte[] key() {
        if (key == null) {
            HostFacts host = HostFacts.system();
            key = SCrypt.generate((host.hostname() + ":" + host.realUid()).getBytes(StandardCharsets.UTF_8), SALT,
                    16384, 8, 1, 32);
        }
        return key.clone();
    }

    /**
     * A valid session of {@code email} whose private team is {@code team}: {@code <root>/auth/session.json} (0600)
     * and {@code session.salt}. Its tokens are secrets that must never surface.
     */
    public static void writeSession(Path root, String email, String team) throws IOException {
        String payload = "{\"user_id\": \"u-1\", \"email\": \"" + email + "\", \"name\": \"Alice\", \"teams\": [{\"id\":"
                + " \"" + team + "\", \"name\": \"Private\", \"role\": \"owner\", \"is_private_teamspace\": true}],"
                + " \"default_team_id\": \"default-team\", \"access_token\": \"SECRET-ACCESS\", \"refresh_token\":"
                + " \"SECRET-REFRESH\", \"session_id\": \"s-1\", \"storage_backend\": \"file\", \"generation\": 3}";
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, NONCE));
            ciphertext = cipher.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Path session = root.resolve("auth").resolve("session.json");
        Files.createDirectories(session.getParent());
        Files.writeString(session, "{\"version\": 2, \"nonce\": \"" + HexFormat.of().formatHex(NONCE)
                + "\", \"ciphertext\": \"" + HexFormat.of().formatHex(ciphertext) + "\"}", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(session, PosixFilePermissions.fromString("rw-------"));
        Files.write(root.resolve("auth").resolve("session.salt"), SALT);
    }

    /** Legacy credentials {@code <root>/credentials} (on-disk.md §5.3), with secret tokens. */
    public static void writeCredentials(Path root, String username, String teamSlug, String serverUrl)
            throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("credentials"), "[user]\nusername = \"" + username + "\"\nteam_slug = \""
                + teamSlug + "\"\n\n[server]\nurl = \"" + serverUrl + "\"\n\n[tokens]\naccess = \"SECRET-ACCESS\"\n"
                + "refresh = \"SECRET-REFRESH\"\n", StandardCharsets.UTF_8);
    }
}
