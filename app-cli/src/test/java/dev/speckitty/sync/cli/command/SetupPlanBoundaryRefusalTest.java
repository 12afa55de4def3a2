package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.IdentityFiles;
import dev.speckitty.sync.cli.support.MissionProject;
import dev.speckitty.sync.cli.support.RealCli;
import dev.speckitty.sync.cli.support.TreeSnapshot;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.TempRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #4 acceptance: with SaaS sync enabled and an identity, a boundary refusal of setup-plan (cli.md §14.1
 * step 3: failures 1, 2, 3, 9) exits 2 and writes nothing — here an orphan owner record (dead pid) and an owner
 * record of another version, both read from a real {@code owner.json} with the production wiring.
 */
class SetupPlanBoundaryRefusalTest {

    /** One above Linux's largest pid_max (2^22): no process can have it. */
    private static final long NO_SUCH_PID = (1L << 22) + 1;

    /** The seconds form of on-disk.md §1.3. */
    private static final DateTimeFormatter SECONDS_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

    @TempDir
    Path temp;
    private Path home;
    private Path root;
    private MissionProject project;
    private Environment enabled;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        root = temp.resolve("root");
        project = MissionProject.create(temp.resolve("project"));
        enabled = TempRoots.environment(home, root).with("USER", "tester").with(Environment.ENABLE_SAAS_SYNC, "1");
        IdentityFiles.writeCredentials(root, "alice@example.com", "team-1", "https://spec-kitty-dev.fly.dev");
    }

    @Test
    void anOrphanOwnerRecordRefusesSetupPlanAndNothingIsWritten() throws IOException {
        writeOwnerRecord(NO_SUCH_PID, "3.2.4", OffsetDateTime.now(ZoneOffset.UTC));

        JsonObject refusal = refuseAndWriteNothing();
        JsonArray failures = refusal.getAsJsonArray("failures");
        assertEquals("orphan_owner_record", failures.get(0).getAsJsonObject().get("code").getAsString(),
                refusal::toString);
        assertTrue(failures.get(0).getAsJsonObject().get("message").getAsString().contains("pid_not_alive"),
                refusal::toString);
    }

    @Test
    void anOwnerRecordOfAnotherVersionRefusesSetupPlanNamingTheField() throws IOException {
        // A live pid (this test JVM), started before the record: present, not an orphan, but version 3.2.2.
        writeOwnerRecord(ProcessHandle.current().pid(), "3.2.2",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1));

        JsonObject refusal = refuseAndWriteNothing();
        JsonObject mismatch = refusal.getAsJsonArray("failures").get(0).getAsJsonObject();
        assertEquals("owner_mismatch", mismatch.get("code").getAsString(), refusal::toString);
        assertTrue(mismatch.get("message").getAsString().contains("package_version"), refusal::toString);
    }

    private JsonObject refuseAndWriteNothing() {
        List<Path> trees = List.of(project.root(), root, home);
        List<TreeSnapshot> before = trees.stream().map(TreeSnapshot::of).toList();

        CliRun human = RealCli.run(enabled, project.root().resolve("kitty-specs"),
                "agent", "mission", "setup-plan", "--mission", MissionProject.SLUG);
        assertEquals(2, human.exitCode(), human::toString);
        assertTrue(human.stderr().contains("SaaS sync cannot be guaranteed because the sync boundary is incoherent"),
                human::toString);
        CliRun json = RealCli.run(enabled, project.root().resolve("kitty-specs"),
                "agent", "mission", "setup-plan", "--mission", MissionProject.SLUG, "--json");
        assertEquals(2, json.exitCode(), json::toString);
        assertEquals("SAAS_SYNC_BOUNDARY_INCOHERENT", json.json().get("error_code").getAsString());

        assertEquals(before, trees.stream().map(TreeSnapshot::of).toList());
        return json.json();
    }

    private void writeOwnerRecord(long pid, String version, OffsetDateTime startedAt) throws IOException {
        Path daemonDir = Files.createDirectories(root.resolve("sync/daemon"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(root.resolve("sync"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(daemonDir, PosixFilePermissions.fromString("rwx------"));
        Path executable = Files.writeString(
                Files.createDirectories(temp.resolve("other-install/lib")).resolve("spec-kitty-sync.jar"), "jar");
        String json = "{\"auth_principal\":\"alice@example.com\","
                + "\"auth_scope\":\"https://spec-kitty-dev.fly.dev|alice@example.com|team-1\","
                + "\"auth_team\":\"team-1\",\"executable_path\":\"" + executable + "\","
                + "\"package_version\":\"" + version + "\",\"pid\":" + pid + ",\"port\":9447,"
                + "\"queue_db_path\":\"" + root.resolve("queues/queue-8b85169673aa98b5.db") + "\","
                + "\"server_url\":\"https://spec-kitty-dev.fly.dev\","
                + "\"source_checkout_path\":\"" + temp.resolve("other-install") + "\","
                + "\"started_at\":\"" + startedAt.format(SECONDS_FORM) + "\","
                + "\"token\":\"0123456789abcdef0123456789abcdef\"}";
        Path owner = daemonDir.resolve("owner.json");
        Files.writeString(owner, json);
        Files.setPosixFilePermissions(owner, PosixFilePermissions.fromString("rw-------"));
    }
}
