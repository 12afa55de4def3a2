package dev.speckitty.sync.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spec-kitty bench}: hidden from the command lists, its own help, and its usage errors (never runs it). */
class BenchArgumentsTest {

    @TempDir
    Path temp;

    @Test
    void benchIsHiddenFromTheCommandListsButHasItsOwnHelp() {
        for (List<String> args : List.of(List.of("--help"), List.of("help"))) {
            CliRun run = new CliHarness(temp).run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode());
            assertFalse(run.stdout().contains("bench"), run.stdout());
        }
        CliRun help = new CliHarness(temp).run("bench", "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().startsWith("Usage: spec-kitty bench [--json] [--rows <n>]\n"), help.stdout());
        assertEquals(help.stdout(), new CliHarness(temp).run("help", "bench").stdout());
    }

    @Test
    void rowsMustBeAWholeNumberInRange() {
        for (String rows : List.of("0", "-5", "abc", "1000001", "12345678", "2.5", "")) {
            CliRun run = new CliHarness(temp).run("bench", "--rows", rows, "--json");
            assertEquals(2, run.exitCode(), rows);
            assertEquals("USAGE_ERROR", run.json().get("error_code").getAsString(), rows);
            assertEquals("--rows must be a whole number from 1 to 1000000, got '" + rows + "'",
                    run.json().get("error").getAsString());
        }
    }

    @Test
    void aMissingValueOrAnUnknownOptionIsAUsageErrorOfBench() {
        CliRun missing = new CliHarness(temp).run("bench", "--rows");
        assertEquals(2, missing.exitCode());
        assertEquals("Error: option --rows needs a value for 'bench'", missing.stderrLines().get(0));
        CliRun unknown = new CliHarness(temp).run("bench", "--fast");
        assertEquals(2, unknown.exitCode());
        assertEquals("Error: unknown option '--fast' for 'bench'", unknown.stderrLines().get(0));
    }
}
