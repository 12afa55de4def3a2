package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a real process: global rules that need no adapter. */
@Tag("e2e")
class CliJarIT {

    @TempDir
    Path temp;

    @Test
    void versionComesFromTheManifest() {
        JarProcess.Result run = JarProcess.runJar(JarProcess.isolatedEnvironment(temp), temp, "--version");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("spec-kitty-sync version " + JarProcess.version() + "\n", run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void versionOverrideAndDebugLinesThroughTinylog() {
        Map<String, String> env = JarProcess.isolatedEnvironment(temp);
        env.put("SPEC_KITTY_CLI_VERSION", "9.1.0");
        JarProcess.Result run = JarProcess.runJar(env, temp, "--version", "--debug");
        assertEquals(0, run.exitCode());
        assertEquals("spec-kitty-sync version 9.1.0\n", run.stdout());
        assertEquals("[DEBUG] package version 9.1.0\n", run.stderr());
    }

    @Test
    void helpExitsZeroEvenWithJson() {
        JarProcess.Result run = JarProcess.runJar(JarProcess.isolatedEnvironment(temp), temp, "sync", "status",
                "--json", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().startsWith("Usage: spec-kitty sync status [--check] [--json]\n"), run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void usageErrorIsExit2WithTheJsonDocument() {
        JarProcess.Result run = JarProcess.runJar(JarProcess.isolatedEnvironment(temp), temp, "sync", "flush", "--json");
        assertEquals(2, run.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"USAGE_ERROR\",\"error\":\"unknown command 'sync flush'\"}"),
                JsonParser.parseString(run.stdout()));
        assertTrue(run.stdout().endsWith("}\n"));
        assertEquals("Error: unknown command 'sync flush'\nRun 'spec-kitty help sync' for usage.\n", run.stderr());
    }

    @Test
    void unresolvableRootIsExit2() {
        Map<String, String> env = JarProcess.isolatedEnvironment(temp);
        env.remove("HOME");
        env.remove("SPEC_KITTY_HOME");
        JarProcess.Result human = JarProcess.runJar(env, temp, "sync", "status");
        assertEquals(2, human.exitCode());
        assertEquals("", human.stdout());
        assertEquals("Error: cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.\n", human.stderr());
        JarProcess.Result json = JarProcess.runJar(env, temp, "sync", "migrate", "--json");
        assertEquals(2, json.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"ROOT_UNRESOLVED\",\"error\":\"cannot resolve the"
                + " spec-kitty root: set SPEC_KITTY_HOME or HOME.\"}"), JsonParser.parseString(json.stdout()));
    }
}
