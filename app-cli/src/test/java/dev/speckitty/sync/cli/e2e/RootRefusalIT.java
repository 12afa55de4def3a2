package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A root that others may write is refused before any work (clarifications #30, #34). */
@Tag("e2e")
class RootRefusalIT {

    private static final List<List<String>> COMMANDS = List.of(List.of("sync", "status"),
            List.of("sync", "status", "--check"), List.of("sync", "migrate"), List.of("sync", "migrate", "--dry-run"),
            List.of("sync", "migrate", "--show-quarantine"), List.of("auth", "status"));

    @TempDir
    Path temp;

    @Test
    void aRootWritableByOthersIsRefusedByEveryCommandAndNothingIsTouched() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Files.setPosixFilePermissions(root.root(), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRefused(root, root.root(), "writable by others (mode=0o777)", COMMANDS);
    }

    @Test
    void aQueuesDirectoryWritableByOthersIsRefusedToo() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db")
                .withScoped("scoped-queue-overlap.db");
        Files.setPosixFilePermissions(root.queuesDirectory(), PosixFilePermissions.fromString("rwxrwx-wx"));
        assertRefused(root, root.queuesDirectory(), "writable by others (mode=0o773)",
                List.of(List.of("sync", "status"), List.of("sync", "migrate")));
    }

    @Test
    void aGroupWritableRootIsAccepted() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Files.setPosixFilePermissions(root.root(), PosixFilePermissions.fromString("rwxrwxr-x"));
        E2eRoot.Run status = root.run("sync", "status", "--json");
        assertEquals(0, status.exitCode(), "umask 002 systems create the root 0775: " + status);
        assertEquals(39, status.json().getAsJsonObject("legacy_queue").get("rows_in_scope").getAsInt());
    }

    private static void assertRefused(E2eRoot root, Path refused, String reason, List<List<String>> commands) {
        Map<String, String> before = E2eRoot.snapshot(root.root());
        String message = "refusing to use " + refused + ": " + reason;
        for (List<String> command : commands) {
            E2eRoot.Run human = root.run(command.toArray(String[]::new));
            assertEquals(2, human.exitCode(), human::toString);
            assertEquals("", human.stdout(), human::toString);
            assertEquals("Error: " + message + "\n", human.stderr(), human::toString);

            String[] withJson = Stream.concat(command.stream(), Stream.of("--json"))
                    .toArray(String[]::new);
            E2eRoot.Run json = root.run(withJson);
            assertEquals(2, json.exitCode(), json::toString);
            JsonObject document = json.json();
            assertEquals("ROOT_REFUSED", document.get("error_code").getAsString());
            assertEquals(message, document.get("error").getAsString());
            assertTrue(json.stderr().isEmpty() || json.stderr().equals("Error: " + message + "\n"), json::toString);
        }
        assertEquals(before, E2eRoot.snapshot(root.root()), "a refused root is left exactly as it was");
    }
}
