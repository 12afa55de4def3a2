package dev.speckitty.sync.fs.identity;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.speckitty.sync.core.identity.SessionOutcomes;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.fs.HostFacts;
import dev.speckitty.sync.fs.OwnerOnlyFiles;
import dev.speckitty.sync.fs.StrictJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted session {@code <R>/auth/session.json} + {@code session.salt}, version 2 (on-disk.md §5.4). Checks
 * run in exactly the order of §5.4 and the first failing one decides. Read-only: the product never writes, locks
 * or caches the session (only the derived key is cached in memory). Diagnostics never carry file bytes or secrets.
 */
final class SessionFile {
    static final String DIRECTORY = "auth";
    static final String SESSION_FILE = "session.json";
    static final String SALT_FILE = "session.salt";
    static final int NONCE_BYTES = 12;
    static final int SALT_BYTES = 16;
    static final int TAG_BITS = 128;
    static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]*");
    private static final BigDecimal SUPPORTED_VERSION = BigDecimal.valueOf(2);

    private SessionFile() {
    }

    static SessionReport read(Path root, Instant now, HostFacts host) {
        Path session = root.resolve(DIRECTORY).resolve(SESSION_FILE);
        Path salt = root.resolve(DIRECTORY).resolve(SALT_FILE);

        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(session);
        } catch (NoSuchFileException absent) {
            return SessionReport.absent(session);
        } catch (IOException | UnsupportedOperationException e) {
            return SessionOutcomes.unreadable(session, e.getClass().getSimpleName());
        }
        int bits = OwnerOnlyFiles.permissionBits(permissions);
        if ((bits & 0077) != 0) {
            return SessionOutcomes.unsafePermissions(session, bits);
        }

        byte[] bytes;
        try {
            bytes = Files.readAllBytes(session);
        } catch (NoSuchFileException vanished) {
            return SessionReport.absent(session);
        } catch (IOException e) {
            return SessionOutcomes.unreadable(session, e.getClass().getSimpleName());
        }
        Envelope envelope = parseEnvelope(session, bytes);
        if (envelope instanceof Envelope.Rejected rejected) {
            return rejected.report();
        }
        Envelope.Sealed sealed = (Envelope.Sealed) envelope;

        byte[] saltBytes;
        try {
            saltBytes = Files.readAllBytes(salt);
        } catch (NoSuchFileException missing) {
            return SessionOutcomes.saltMissing(session, salt);
        } catch (IOException e) {
            return SessionOutcomes.saltUnreadable(session, salt, e.getClass().getSimpleName());
        }
        if (saltBytes.length != SALT_BYTES) {
            return SessionOutcomes.saltWrongLength(session, salt, saltBytes.length);
        }

        byte[] key = SessionKeys.key(saltBytes, password(host));
        byte[] plaintext;
        try {
            plaintext = decrypt(key, sealed);
        } catch (GeneralSecurityException | ProviderException e) {
            // JDK 17 reports a ciphertext shorter than the tag as a ProviderException, not AEADBadTagException.
            return SessionOutcomes.decryptFailed(session);
        }
        return evaluatePayload(session, plaintext, now);
    }

    /** {@code "<hostname>:<uid>"}, the scrypt password. */
    static String password(HostFacts host) {
        return host.hostname() + ":" + host.realUid();
    }

    /** The envelope checks of §5.4: UTF-8, JSON, object, version, nonce, ciphertext. Never throws. */
    static Envelope parseEnvelope(Path session, byte[] bytes) {
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            return new Envelope.Rejected(SessionOutcomes.unreadable(session, e.getClass().getSimpleName()));
        }
        JsonElement document;
        try {
            document = StrictJson.parse(text);
        } catch (StrictJson.InvalidJsonException e) {
            return new Envelope.Rejected(SessionOutcomes.invalidJson(session));
        }
        if (!document.isJsonObject()) {
            return new Envelope.Rejected(SessionOutcomes.notAnObject(session));
        }
        JsonObject object = document.getAsJsonObject();
        JsonElement version = object.get("version");
        if (!isSupportedVersion(version)) {
            // A missing key is reported like JSON null (decided here).
            String asWritten = version == null ? "null" : StrictJson.write(version);
            return new Envelope.Rejected(SessionOutcomes.unsupportedVersion(session, asWritten));
        }
        byte[] nonce = hex(object.get("nonce"));
        if (nonce == null || nonce.length != NONCE_BYTES) {
            return new Envelope.Rejected(SessionOutcomes.malformed(session, "nonce"));
        }
        byte[] ciphertext = hex(object.get("ciphertext"));
        if (ciphertext == null) {
            return new Envelope.Rejected(SessionOutcomes.malformed(session, "ciphertext"));
        }
        return new Envelope.Sealed(nonce, ciphertext);
    }

    /**
     * The decrypted payload: its JSON types (email, teams, refresh_token_expires_at), then the tail rules of
     * {@link SessionOutcomes#fromPayload}. A plaintext that is not a UTF-8 JSON object did not decrypt into a
     * session at all and is reported as {@code decrypt_failed} (decided here: {@code invalid_payload} is reserved
     * for the three keys of clarifications #10). Never throws.
     */
    static SessionReport evaluatePayload(Path session, byte[] plaintext, Instant now) {
        JsonElement document;
        try {
            document = StrictJson.parse(StrictUtf8.decode(plaintext));
        } catch (CharacterCodingException | StrictJson.InvalidJsonException e) {
            return SessionOutcomes.decryptFailed(session);
        }
        if (!document.isJsonObject()) {
            return SessionOutcomes.decryptFailed(session);
        }
        JsonObject payload = document.getAsJsonObject();
        String email = string(payload.get(SessionOutcomes.EMAIL_KEY));
        if (email == null || email.isBlank()) {
            return SessionOutcomes.invalidPayload(session, SessionOutcomes.EMAIL_KEY);
        }
        JsonElement teams = payload.get(SessionOutcomes.TEAMS_KEY);
        if (teams == null || !teams.isJsonArray()) {
            return SessionOutcomes.invalidPayload(session, SessionOutcomes.TEAMS_KEY);
        }
        JsonElement expires = payload.get(SessionOutcomes.REFRESH_TOKEN_EXPIRES_AT_KEY);
        String expiresAt = null;
        if (expires != null && !expires.isJsonNull()) {
            expiresAt = string(expires);
            if (expiresAt == null) {
                return SessionOutcomes.invalidPayload(session, SessionOutcomes.REFRESH_TOKEN_EXPIRES_AT_KEY);
            }
        }
        return SessionOutcomes.fromPayload(session, email, firstPrivateTeam(teams.getAsJsonArray()), expiresAt,
                string(payload.get("storage_backend")), now);
    }

    /** The {@code id} of the first element with {@code is_private_teamspace} JSON true and a non-blank string id. */
    private static String firstPrivateTeam(JsonArray teams) {
        for (JsonElement team : teams) {
            if (!team.isJsonObject()) {
                continue;
            }
            JsonElement flag = team.getAsJsonObject().get("is_private_teamspace");
            String id = string(team.getAsJsonObject().get("id"));
            boolean isPrivate = flag != null && flag.isJsonPrimitive() && flag.getAsJsonPrimitive().isBoolean()
                    && flag.getAsBoolean();
            if (isPrivate && id != null && !id.isBlank()) {
                return id;
            }
        }
        return null;
    }

    private static byte[] decrypt(byte[] key, Envelope.Sealed sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed.nonce()));
        return cipher.doFinal(sealed.ciphertext());
    }

    /** A JSON number equal to 2 (so {@code 2.0} is accepted like the reference's {@code == 2}). */
    private static boolean isSupportedVersion(JsonElement version) {
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        try {
            return new BigDecimal(version.getAsString()).compareTo(SUPPORTED_VERSION) == 0;
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            return false;
        }
    }

    /** The bytes of a JSON string of even-length hex (either case), or null. */
    private static byte[] hex(JsonElement element) {
        String text = string(element);
        if (text == null || text.length() % 2 != 0 || !HEX.matcher(text).matches()) {
            return null;
        }
        return HexFormat.of().parseHex(text);
    }

    private static String string(JsonElement element) {
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        return null;
    }

    /** The outcome of the envelope checks: a rejection, or the sealed bytes to decrypt. */
    sealed interface Envelope permits Envelope.Rejected, Envelope.Sealed {
        record Rejected(SessionReport report) implements Envelope {
        }

        record Sealed(byte[] nonce, byte[] ciphertext) implements Envelope {
        }
    }
}
