package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/spec-kitty} (cli.md §1.1, clarifications #1) against an installation copy. */
@Tag("e2e")
class LauncherIT {

    @TempDir
    Path temp;

    private Path install(boolean withJar) throws IOException {
        Path install = temp.resolve("install");
        Path launcher = Files.createDirectories(install.resolve("bin")).resolve("spec-kitty");
        Files.copy(JarProcess.launcher(), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        assertTrue(Files.isExecutable(launcher), "the launcher is executable");
        if (withJar) {
            Files.copy(JarProcess.jar(), Files.createDirectories(install.resolve("lib")).resolve("spec-kitty-sync.jar"));
        }
        return install;
    }

    private Map<String, String> environment() {
        Map<String, String> env = JarProcess.isolatedEnvironment(temp);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    @Test
    void runsTheJarOfItsInstallation() throws IOException {
        Path install = install(true);
        JarProcess.Result run = JarProcess.run(List.of(install.resolve("bin/spec-kitty").toString(), "--version"),
                environment(), temp);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("spec-kitty-sync version " + JarProcess.version() + "\n", run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void findsItsInstallationThroughSymbolicLinks() throws IOException {
        Path install = install(true);
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("relative"), Path.of("../install/bin/spec-kitty"));
        Files.createSymbolicLink(links.resolve("sk"), links.resolve("relative"));
        JarProcess.Result run = JarProcess.run(List.of(links.resolve("sk").toString(), "--version"), environment(),
                temp);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("spec-kitty-sync version " + JarProcess.version() + "\n", run.stdout());
        assertTrue(Files.notExists(links.getParent().resolve("lib")));
        assertTrue(Files.isRegularFile(install.resolve("lib/spec-kitty-sync.jar")));
    }

    @Test
    void passesArgumentsAndTheExitCodeThrough() throws IOException {
        Path install = install(true);
        JarProcess.Result run = JarProcess.run(List.of(install.resolve("bin/spec-kitty").toString(), "sync", "flush",
                "--json"), environment(), temp);
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("\"error_code\": \"USAGE_ERROR\""), run.stdout());
    }

    @Test
    void aMissingJarWithSourcesButWithoutMavenIsExit2() throws IOException {
        Path install = install(false);
        Files.writeString(install.resolve("pom.xml"), "<project/>");
        // A PATH holding only dirname: no mvn (and no java), so the launcher must stop before building.
        Path tools = Files.createDirectories(temp.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("dirname"), existing("/usr/bin/dirname", "/bin/dirname"));
        Map<String, String> env = environment();
        env.put("PATH", tools.toString());
        JarProcess.Result run = JarProcess.run(List.of(existing("/bin/bash", "/usr/bin/bash").toString(),
                install.resolve("bin/spec-kitty").toString(), "--version"), env, temp);
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals("Error: lib/spec-kitty-sync.jar is missing and Maven (mvn) is not installed; install Maven or"
                + " build with mvn -q package\n", run.stderr());
        assertTrue(Files.notExists(install.resolve("lib/spec-kitty-sync.jar")));
    }

    @Test
    void aMissingJarWithoutSourcesIsExit2() throws IOException {
        Path install = install(false);
        JarProcess.Result run = JarProcess.run(List.of(install.resolve("bin/spec-kitty").toString(), "--version"),
                environment(), temp);
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("Error: " + install.toRealPath().resolve("lib/spec-kitty-sync.jar")
                + " is missing"), run.stderr());
    }

    private static Path existing(String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("none of " + List.of(candidates) + " exists");
    }
}
