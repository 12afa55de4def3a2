package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FR-013 through the jar: legacy body rows of a mission plus a working directory inside that mission make
 * {@code sync status --check} name the stranded mission (cli.md §3.2), and {@code sync migrate} clears it.
 * legacy-queue-me.db holds body uploads of 012-my-mission (MANIFEST.md §2).
 */
@Tag("e2e")
class StrandedMissionIT {

    private static final String TAG = "setup-plan stranded mission slug 012-my-mission";

    @TempDir
    Path temp;

    @Test
    void aWorkingDirectoryInsideTheMissionFolderNamesTheStrandedMission() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Path missionDir = Files.createDirectories(temp.resolve("project/kitty-specs/012-my-mission"));

        JarProcess.Result human = JarProcess.runJar(root.environment(), missionDir, "sync", "status", "--check");
        assertEquals(2, human.exitCode(), human::toString);
        assertTrue(human.stdout().contains("  Stranded mission       " + TAG + "\n"), human::toString);
        assertTrue(human.stdout().contains("pending migration (queue=24, body_upload_queue=12, "
                + "body_upload_failure_log=3) \u2014 " + TAG), human::toString);

        JarProcess.Result json = JarProcess.runJar(root.environment(), missionDir, "sync", "status", "--check",
                "--json");
        JsonObject document = JsonParser.parseString(json.stdout()).getAsJsonObject();
        assertEquals("012-my-mission",
                document.getAsJsonObject("legacy_queue").get("stranded_mission_slug").getAsString());

        E2eRoot.Run migrate = root.run("sync", "migrate");
        assertEquals(0, migrate.exitCode(), migrate::toString);
        JarProcess.Result after = JarProcess.runJar(root.environment(), missionDir, "sync", "status", "--check");
        assertEquals(0, after.exitCode(), after::toString);
        assertFalse(after.stdout().contains("Stranded mission"), after::toString);
    }

    @Test
    void aLaneBranchOfTheMissionNamesItToo() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Path checkout = Files.createDirectories(temp.resolve("lane"));
        Files.createDirectories(checkout.resolve(".git"));
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/kitty/mission-012-my-mission-lane-b\n",
                StandardCharsets.UTF_8);

        JarProcess.Result result = JarProcess.runJar(root.environment(), checkout, "sync", "status", "--json");
        assertEquals(0, result.exitCode(), result::toString);
        JsonElement slug = JsonParser.parseString(result.stdout()).getAsJsonObject()
                .getAsJsonObject("legacy_queue").get("stranded_mission_slug");
        assertEquals("012-my-mission", slug.getAsString());
    }

    @Test
    void aMissionWithoutLegacyBodiesIsNotStranded() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Path missionDir = Files.createDirectories(temp.resolve("project/kitty-specs/099-fresh-mission"));

        JarProcess.Result result = JarProcess.runJar(root.environment(), missionDir, "sync", "status", "--check");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("legacy_rows_pending") || result.stdout().contains("pending migration"),
                result::toString);
        assertFalse(result.stdout().contains("stranded mission slug"), result::toString);
    }
}
