package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon report commands and the sync now gate through the built jar, on an empty root: nothing is created. */
class DaemonCommandsIT {
    @TempDir
    Path temp;

    private JsonObject json(JarProcess.Result run) {
        return JsonParser.parseString(run.stdout()).getAsJsonObject();
    }

    @Test
    void reportsOfAnEmptyRootAreCleanAndReadOnly() {
        Map<String, String> environment = JarProcess.isolatedEnvironment(temp);
        JarProcess.Result status = JarProcess.runJar(environment, temp, "sync", "daemon", "status", "--json");
        assertEquals(0, status.exitCode(), status.stderr());
        assertEquals(false, json(status).get("registered").getAsBoolean());
        JarProcess.Result orphans = JarProcess.runJar(environment, temp, "doctor", "orphan-daemons", "--json");
        assertEquals(0, orphans.exitCode(), orphans.stderr());
        assertEquals("absent", json(orphans).get("owner_record_status").getAsString());
        JarProcess.Result doctor = JarProcess.runJar(environment, temp, "sync", "doctor", "--json");
        assertEquals(0, doctor.exitCode(), doctor.stderr());
        assertEquals(0, json(doctor).getAsJsonArray("issues").size());
        assertFalse(Files.exists(temp.resolve("root")), "the reports created nothing, not even the root");
        JarProcess.Result stop = JarProcess.runJar(environment, temp, "sync", "daemon", "stop", "--json");
        assertEquals("not_running", json(stop).get("status").getAsString());
        assertFalse(Files.exists(temp.resolve("root").resolve("sync-daemon")));
    }

    @Test
    void syncNowWithoutSaasSyncIsRefusedWithR9() {
        JarProcess.Result run = JarProcess.runJar(JarProcess.isolatedEnvironment(temp), temp, "sync", "now", "--json");
        assertEquals(2, run.exitCode());
        assertEquals("SAAS_SYNC_DISABLED", json(run).get("error_code").getAsString());
        assertEquals("", run.stderr());
    }
}
