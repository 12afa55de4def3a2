package dev.speckitty.sync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.env.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public in-process entry with the production wiring, on paths that need no adapter. */
class ProductionEntryTest {

    @TempDir
    Path temp;

    private String[] run(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SpecKittyCli.run(args, environment, temp, o, e);
        }
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void versionFromTheEnvironmentAndHelp() {
        String[] version = run(Environment.of(Map.of(Environment.CLI_VERSION, "7.0.1")), "--version", "--debug");
        assertEquals("0", version[0]);
        assertEquals("spec-kitty-sync version 7.0.1\n", version[1]);
        assertEquals("[DEBUG] package version 7.0.1\n", version[2]);
        String[] help = run(Environment.of(Map.of()), "help");
        assertEquals("0", help[0]);
        assertTrue(help[1].contains("sync status"));
    }

    @Test
    void unknownCommandsAndUnresolvableRoots() {
        assertEquals("2", run(Environment.of(Map.of()), "sync", "now")[0]);
        String[] unresolved = run(Environment.of(Map.of()), "sync", "migrate", "--dry-run");
        assertEquals("2", unresolved[0]);
        assertEquals("Error: cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.\n", unresolved[2]);
    }
}
