package dev.speckitty.sync.fs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordReading.Reason;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.OwnerRecordsContract;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerRecordFileTest extends OwnerRecordsContract {
    private static final String TOKEN = "5f2b9c0d4e7a1f3b8c6d2e9a0b4f7c1d";
    private static final String VALID = "{\"auth_principal\":\"alice@example.com\",\"auth_scope\":\"s|a|t\",\"auth_team\":\"t\","
            + "\"executable_path\":\"/opt/sk/lib/spec-kitty-sync.jar\",\"package_version\":\"3.2.4\",\"pid\":12,\"port\":9400,"
            + "\"queue_db_path\":\"/r/queues/q.db\",\"server_url\":\"https://s\",\"source_checkout_path\":\"/opt/sk\","
            + "\"started_at\":\"2026-05-17T16:42:00+00:00\",\"token\":\"" + TOKEN + "\"}";

    @TempDir
    Path home;
    private final InMemoryLockFiles locks = new InMemoryLockFiles();
    private final OwnerRecords records = DaemonFiles.ownerRecords(locks);

    @Override
    protected OwnerRecords records() {
        return records;
    }

    @Override
    protected Path root() {
        return home.resolve("root");
    }

    @Override
    protected InMemoryLockFiles locks() {
        return locks;
    }

    @Override
    protected Path canonicalDirectory() throws Exception {
        return home.toRealPath();
    }

    @Override
    protected void plantNotJson(Path root) throws Exception {
        plant(root, "this is not JSON");
    }

    private static Path plant(Path root, String content) throws Exception {
        return plant(root, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Path plant(Path root, byte[] content) throws Exception {
        Path file = OwnerRecords.ownerRecordPath(root);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private OwnerRecordReading.Unreadable unreadable(String content) throws Exception {
        plant(root(), content);
        return assertInstanceOf(OwnerRecordReading.Unreadable.class, records.read(root()));
    }

    private void assertUnreadable(Reason reason, String detail, String content) throws Exception {
        OwnerRecordReading.Unreadable result = unreadable(content);
        assertEquals(reason, result.reason(), content);
        assertEquals(detail, result.detail(), content);
    }

    private static String without(String key) {
        return VALID.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9]+),?", "").replace(",}", "}");
    }

    private static String with(String key, String jsonValue) {
        return VALID.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9]+)", "\"" + key + "\":" + jsonValue);
    }

    @Test
    void theReferenceOwnerRecordIsAValidRecord() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("owner-me.json")) {
            bytes = in.readAllBytes();
        }
        assertEquals("8ada2b8e4cfb8dfe47b58429a233726248c09ec354c0e3508ecdea3eba02f3e5",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), "copy of fixtures/owner-me.json");
        plant(root(), bytes);
        OwnerRecord record = assertInstanceOf(OwnerRecordReading.Found.class, records.read(root())).record();
        assertEquals(424242, record.pid());
        assertEquals(9401, record.port());
        assertEquals("3.2.0rc9", record.packageVersion());
        assertEquals(DaemonFiles.canonicalPaths().canonical("/tmp/old-checkout/.venv/bin/python3"), record.executablePath());
        assertEquals("/tmp/old-checkout", record.sourceCheckoutPath());
        assertEquals("https://spec-kitty-dev.fly.dev|alice@example.com|team-1", record.authScope());
        assertEquals("team-1", record.authTeam());
        assertEquals("alice@example.com", record.authPrincipal());
        assertEquals("https://spec-kitty-dev.fly.dev", record.serverUrl());
        assertTrue(record.queueDbPath().endsWith("/queues/queue-8b85169673aa98b5.db"));
        assertEquals("2026-05-18T09:30:00+00:00", record.startedAt());
        assertEquals(new ControlToken(TOKEN), record.token());
    }

    @Test
    void theExecutablePathIsCanonicalisedOnRead() throws Exception {
        Path real = Files.createDirectories(home.resolve("install/lib"));
        Files.createSymbolicLink(home.resolve("link"), home.resolve("install"));
        plant(root(), with("executable_path", "\"" + home.resolve("link/lib/../lib/spec-kitty-sync.jar") + "\""));
        OwnerRecord record = assertInstanceOf(OwnerRecordReading.Found.class, records.read(root())).record();
        assertEquals(real.toRealPath().resolve("spec-kitty-sync.jar").toString(), record.executablePath());
    }

    @Test
    void jsonErrorsNameOnlyTheirPosition() throws Exception {
        assertUnreadable(Reason.INVALID_JSON, "empty file", "");
        assertUnreadable(Reason.INVALID_JSON, "empty file", " \n ");
        assertTrue(unreadable("{\"pid\": 12,").detail().startsWith("invalid JSON at line 1 column "));
        for (String broken : new String[] {"{'pid': 1}", "{pid: 1}", "// c\n{}", "{\"pid\": NaN}", "{\"a\":1,}", "{\"a\" 1}"}) {
            assertEquals(Reason.INVALID_JSON, unreadable(broken).reason(), broken);
        }
        assertUnreadable(Reason.INVALID_JSON, "invalid JSON at line 1 column 5", "{} {}");
        OwnerRecordReading.Unreadable secret = unreadable("{\"token\": \"SECRETSECRET\" x}");
        assertFalse(secret.detail().contains("SECRET"), secret.detail());
        assertFalse(secret.detail().contains("token"), secret.detail());
    }

    @Test
    void onlyAnObjectIsARecord() throws Exception {
        assertUnreadable(Reason.NOT_AN_OBJECT, "expected a JSON object, found array", "[1, 2]");
        assertUnreadable(Reason.NOT_AN_OBJECT, "expected a JSON object, found null", "null");
        assertUnreadable(Reason.NOT_AN_OBJECT, "expected a JSON object, found number", "12");
        assertUnreadable(Reason.NOT_AN_OBJECT, "expected a JSON object, found string", "\"owner\"");
        assertUnreadable(Reason.NOT_AN_OBJECT, "expected a JSON object, found boolean", "true");
    }

    @Test
    void fieldsAreValidatedRuleByRule() throws Exception {
        assertUnreadable(Reason.INVALID_FIELDS, "missing required key 'token'", without("token"));
        assertUnreadable(Reason.INVALID_FIELDS, "missing required key 'pid'", without("pid"));
        assertUnreadable(Reason.INVALID_FIELDS, "missing required key 'started_at'", without("started_at"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'pid' must be an integer", with("pid", "12.0"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'pid' must be an integer", with("pid", "\"12\""));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'pid' must be an integer", with("pid", "1e3"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'pid' must be an integer > 0", with("pid", "0"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'pid' must be an integer > 0", with("pid", "99999999999999999999999"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'port' must be an integer in 1-65535", with("port", "65536"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'port' must be an integer in 1-65535", with("port", "-1"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'token' must be a string", with("token", "null"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'server_url' must be a string", with("server_url", "[]"));
        assertUnreadable(Reason.INVALID_FIELDS, "key 'auth_team' must be a string or null", with("auth_team", "5"));
    }

    @Test
    void missingAuthKeysReadAsNullAndUnknownKeysAreIgnored() throws Exception {
        String minimal = without("auth_principal");
        minimal = minimal.replaceFirst("\"auth_scope\":\"[^\"]*\",", "").replaceFirst("\"auth_team\":\"[^\"]*\",", "");
        plant(root(), minimal.replace("{", "{\"websocket\":{\"x\":[1]},\"auth_team\":null,"));
        OwnerRecord record = assertInstanceOf(OwnerRecordReading.Found.class, records.read(root())).record();
        assertEquals(null, record.authPrincipal());
        assertEquals(null, record.authScope());
        assertEquals(null, record.authTeam());
    }

    @Test
    void fileErrorsAreUnreadableFiles() throws Exception {
        plant(root(), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        OwnerRecordReading.Unreadable notUtf8 = assertInstanceOf(OwnerRecordReading.Unreadable.class, records.read(root()));
        assertEquals(Reason.UNREADABLE_FILE, notUtf8.reason());
        assertEquals("invalid UTF-8 at byte offset 6", notUtf8.detail());

        Path file = OwnerRecords.ownerRecordPath(root());
        Files.delete(file);
        Files.createDirectory(file);
        OwnerRecordReading.Unreadable directory = assertInstanceOf(OwnerRecordReading.Unreadable.class, records.read(root()));
        assertEquals(Reason.UNREADABLE_FILE, directory.reason());
        assertEquals("IOException: Is a directory", directory.detail());
    }

    @Test
    void aSymbolicLinkIsNeverFollowed() throws Exception {
        Path elsewhere = Files.writeString(home.resolve("elsewhere.json"), VALID);
        Path file = OwnerRecords.ownerRecordPath(root());
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, elsewhere);
        OwnerRecordReading.Unreadable link = assertInstanceOf(OwnerRecordReading.Unreadable.class, records.read(root()));
        assertEquals(Reason.UNREADABLE_FILE, link.reason());
        assertEquals("refusing to follow a symbolic link", link.detail());
    }

    @Test
    void anOversizedFileIsNotRead() throws Exception {
        assertEquals("file larger than 1048576 bytes", unreadable(" ".repeat(OwnerRecordFile.MAX_BYTES) + "{}").detail());
    }

    @Test
    void writesAre0600InOwnerOnlyDirectoriesWithoutTemporaryFiles() throws Exception {
        records.write(root(), OwnerJsonTest.sample());
        Path file = OwnerRecords.ownerRecordPath(root());
        assertEquals("rw-------", FileModes.mode(file));
        assertEquals("rwx------", FileModes.mode(file.getParent()));
        assertEquals("rwx------", FileModes.mode(file.getParent().getParent()));
        assertEquals(java.util.List.of(), FileModes.temporaryFiles(file.getParent()));
    }

    @Test
    void existingDirectoriesKeepTheirMode() throws Exception {
        Path sync = Files.createDirectories(root().resolve("sync"));
        Files.setPosixFilePermissions(sync, PosixFilePermissions.fromString("rwxr-x---"));
        records.write(root(), OwnerJsonTest.sample());
        assertEquals("rwxr-x---", FileModes.mode(sync));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndNoToken() throws Exception {
        Path daemonDirectory = Files.createDirectories(root().resolve("sync/daemon"));
        Files.createDirectories(daemonDirectory.resolve("owner.json/occupied")); // a non-empty directory cannot be replaced
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> records.write(root(), OwnerJsonTest.sample()));
        assertFalse(failure.getMessage().contains(OwnerJsonTest.sample().token().value()));
        assertEquals(java.util.List.of(), FileModes.temporaryFiles(daemonDirectory));
    }
}
