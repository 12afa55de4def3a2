package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.DaemonLaunchException;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does before any process runs: argv, setsid lookup, the log file and start failures. */
class ProcessLaunchDaemonTest {
    private static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");

    @TempDir
    Path temp;

    private DaemonLaunch launch(Path root, Environment environment) {
        return new DaemonLaunch(root, "/canonical/root", new SyncPort(9412), TOKEN, "/opt/sk/lib/spec-kitty-sync.jar",
                "3.2.4", environment);
    }

    @Test
    void argvIsTheJavaSpawnShapeWithBothMarkersAndNoToken() {
        ProcessLaunchDaemon launcher = new ProcessLaunchDaemon(Path.of("/usr/lib/jvm/bin/java"),
                ProcessAdapters.jarProgram(Path.of("/opt/sk/lib/spec-kitty-sync.jar")));
        assertEquals(List.of("/usr/lib/jvm/bin/java", "-jar", "/opt/sk/lib/spec-kitty-sync.jar", "sync", "daemon", "run",
                        "--port", "9412", "--spec-kitty-daemon-root=/canonical/root",
                        "--spec-kitty-daemon-exec=/opt/sk/lib/spec-kitty-sync.jar"),
                launcher.argv(launch(temp, Environment.of(Map.of()))));
    }

    @Test
    void setsidIsTakenFromTheSpawnersPath() throws Exception {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        Path setsid = Files.createFile(bin.resolve("setsid"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Environment environment = Environment.of(Map.of("PATH", temp.resolve("nothing-here") + ":" + bin));
        assertEquals(Optional.of(setsid), ProcessLaunchDaemon.setsid(environment));
        ProcessLaunchDaemon launcher = new ProcessLaunchDaemon(Path.of("/j/java"),
                ProcessAdapters.classpathProgram("/cp", "dev.speckitty.sync.cli.Main"));
        List<String> argv = launcher.argv(launch(temp, environment));
        assertEquals(List.of(setsid.toString(), "/j/java", "-cp", "/cp", "dev.speckitty.sync.cli.Main", "sync", "daemon",
                "run"), argv.subList(0, 8));
        assertEquals(Optional.empty(), ProcessLaunchDaemon.setsid(Environment.of(Map.of("PATH", bin + "-none"))));
    }

    @Test
    void aSymbolicLinkWhereTheLogBelongsIsRefused() throws Exception {
        Path root = Files.createDirectory(temp.resolve("root"));
        Files.createSymbolicLink(root.resolve("sync-daemon.log"), temp.resolve("elsewhere.log"));
        DaemonLaunchException refused = assertThrows(DaemonLaunchException.class, () ->
                ProcessAdapters.launchDaemon(Path.of("/bin/false"), List.of()).launch(launch(root,
                        Environment.of(Map.of()))));
        assertEquals("refusing to use " + root.resolve("sync-daemon.log") + ": it is a symbolic link",
                refused.getMessage());
        assertTrue(Files.notExists(temp.resolve("elsewhere.log")));
    }

    @Test
    void aLauncherThatCannotRunIsALaunchFailureNamingIt() throws Exception {
        Path root = Files.createDirectory(temp.resolve("root"));
        Path missing = temp.resolve("no-such-java");
        DaemonLaunchException failed = assertThrows(DaemonLaunchException.class, () ->
                ProcessAdapters.launchDaemon(missing, List.of()).launch(launch(root, Environment.of(Map.of()))));
        assertTrue(failed.getMessage().startsWith("cannot run " + missing + ": IOException"), failed.getMessage());
        assertTrue(!failed.getMessage().contains(TOKEN.value()));
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(root.resolve("sync-daemon.log")));
    }
}
