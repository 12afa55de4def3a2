package dev.speckitty.sync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.TempRoots;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md §1 and §4, clarifications #2, #3, #34, in-process. */
class GlobalRulesTest {

    @TempDir
    Path temp;

    private CliHarness cli() {
        return new CliHarness(temp);
    }

    @Test
    void versionPrintsThePackageVersionAndIgnoresJson() {
        CliRun run = cli().run("--version");
        assertEquals(0, run.exitCode());
        assertEquals("spec-kitty-sync version 3.2.4\n", run.stdout());
        assertEquals("", run.stderr());
        assertEquals("spec-kitty-sync version 3.2.4\n", cli().run("--version", "--json").stdout());
    }

    @Test
    void versionComesFromTheEnvironmentOverride() {
        CliHarness cli = cli();
        cli.environment(cli.environment().with(Environment.CLI_VERSION, "  9.9.9-dev "));
        assertEquals("spec-kitty-sync version 9.9.9-dev\n", cli.run("--version").stdout());
        cli.environment(cli.environment().with(Environment.CLI_VERSION, "  "));
        assertEquals("spec-kitty-sync version 3.2.4\n", cli.run("--version").stdout());
    }

    @Test
    void versionNeedsNoRoot() {
        CliHarness cli = cli();
        cli.environment(Environment.of(Map.of()));
        assertEquals(0, cli.run("--version").exitCode());
        assertEquals(0, cli.run("--help").exitCode());
    }

    @Test
    void helpInItsThreeFormsExitsZeroAndIgnoresJson() {
        for (List<String> args : List.of(List.of("--help"), List.of("help"), List.of("help", "--json"),
                List.of("--json", "--help"))) {
            CliRun run = cli().run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), args.toString());
            assertTrue(run.stdout().startsWith("Usage: spec-kitty <command words> [options]\n"), run.stdout());
            assertTrue(run.stdout().contains("  sync status "), run.stdout());
            assertTrue(run.stdout().contains("  sync migrate "), run.stdout());
            assertTrue(run.stdout().contains("  auth status "), run.stdout());
            assertEquals("", run.stderr());
        }
        CliRun command = cli().run("sync", "status", "--help", "--json");
        assertEquals(0, command.exitCode());
        assertTrue(command.stdout().startsWith("Usage: spec-kitty sync status [--check] [--json]\n"), command.stdout());
        assertEquals(command.stdout(), cli().run("help", "sync", "status").stdout());
        CliRun group = cli().run("help", "sync");
        assertEquals(0, group.exitCode());
        assertTrue(group.stdout().startsWith("Usage: spec-kitty sync <command> [options]\n"));
        assertTrue(cli().run("sync", "migrate", "--help").stdout()
                .startsWith("Usage: spec-kitty sync migrate [--dry-run] [--json] [--show-quarantine]\n"));
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun run = cli().run("help", "sync", "flush");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("Error: unknown command 'sync flush'", "Run 'spec-kitty help sync' for usage."),
                run.stderrLines());
        assertEquals("", run.stdout());
    }

    @Test
    void usageErrorsPrintTwoLinesOnStderrAndNothingOnStdout() {
        CliRun run = cli().run("sync", "status", "--bogus");
        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("Error: unknown option '--bogus' for 'sync status'",
                "Run 'spec-kitty help sync status' for usage."), run.stderrLines());
    }

    @Test
    void usageErrorsWithJsonPrintTheDocumentToo() {
        CliRun run = cli().run("sync", "status", "--json", "extra");
        assertEquals(2, run.exitCode());
        JsonObject document = run.json();
        assertEquals("USAGE_ERROR", document.get("error_code").getAsString());
        assertEquals("unexpected argument 'extra' for 'sync status'", document.get("error").getAsString());
        assertEquals(2, document.size());
        assertEquals(List.of("Error: unexpected argument 'extra' for 'sync status'",
                "Run 'spec-kitty help sync status' for usage."), run.stderrLines());
    }

    @Test
    void hintNamesTheWordsRecognisedBeforeTheError() {
        assertEquals(List.of("Error: unknown command 'sync flush'", "Run 'spec-kitty help sync' for usage."),
                cli().run("sync", "flush").stderrLines());
        assertEquals(List.of("Error: unknown command 'daemon'", "Run 'spec-kitty --help' for usage."),
                cli().run("daemon", "status").stderrLines());
        assertEquals(List.of("Error: incomplete command 'sync'; expected one of: daemon, doctor, migrate, now, status",
                "Run 'spec-kitty help sync' for usage."), cli().run("sync").stderrLines());
        assertEquals(List.of("Error: missing command", "Run 'spec-kitty --help' for usage."),
                cli().run().stderrLines());
    }

    @Test
    void optionsBeforeTheCommandWordsAreUsageErrors() {
        CliRun run = cli().run("--json", "sync", "status");
        assertEquals(2, run.exitCode());
        assertEquals("USAGE_ERROR", run.json().get("error_code").getAsString());
        assertEquals(List.of("Error: option '--json' must follow the command words",
                "Run 'spec-kitty --help' for usage."), run.stderrLines());
        assertEquals(2, cli().run("--version", "sync").exitCode());
    }

    @Test
    void anOptionCombinationThatIsNotAllowedIsAUsageError() {
        CliRun run = cli().run("sync", "migrate", "--show-quarantine", "--dry-run", "--json");
        assertEquals(2, run.exitCode());
        assertEquals("--show-quarantine cannot be combined with --dry-run", run.json().get("error").getAsString());
        assertEquals("Run 'spec-kitty help sync migrate' for usage.", run.stderrLines().get(1));
    }

    @Test
    void debugMayAppearAnywhereAndEnablesDebugLines() {
        CliRun quiet = cli().run("sync", "status", "--json");
        assertFalse(quiet.stderr().contains("[DEBUG]"), quiet.stderr());
        for (String[] args : List.of(new String[] {"--debug", "sync", "status", "--json"},
                new String[] {"sync", "--debug", "status", "--json"},
                new String[] {"sync", "status", "--json", "--debug"})) {
            CliRun run = cli().run(args);
            assertEquals(0, run.exitCode(), run.stderr());
            assertTrue(run.stderr().contains("[DEBUG] root " + temp.resolve("root")), run.stderr());
            assertEquals(1, run.json().get("schema_version").getAsInt());
        }
    }

    @Test
    void unresolvableRootIsExit2WithTheExactMessage() {
        CliHarness cli = cli();
        cli.environment(Environment.of(Map.of("PATH", "/usr/bin")));
        CliRun human = cli.run("sync", "status");
        assertEquals(2, human.exitCode());
        assertEquals("", human.stdout());
        assertEquals("Error: cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.\n", human.stderr());
        CliRun json = cli.run("auth", "status", "--json");
        assertEquals(2, json.exitCode());
        assertEquals("{\"error\":\"cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.\","
                + "\"error_code\":\"ROOT_UNRESOLVED\"}", json.json().toString());
        assertEquals("Error: cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.\n", json.stderr());
        assertEquals(0, cli.identityResolutions());
    }

    @Test
    void emptyVariablesDoNotResolveARoot() {
        CliHarness cli = cli();
        cli.environment(Environment.of(Map.of(Environment.HOME, "", Environment.SPEC_KITTY_HOME, "")));
        assertEquals(2, cli.run("sync", "status").exitCode());
        cli.environment(TempRoots.homeOnly(temp.resolve("h")));
        assertEquals(0, cli.run("sync", "status").exitCode());
    }

    @Test
    void anUnsafeRootIsRefusedBeforeAnyOtherWork() {
        CliHarness cli = cli().rootSafety(root -> Optional.of(new RootRefusal(root, "writable by others (mode=0o777)")));
        CliRun human = cli.run("sync", "status");
        assertEquals(2, human.exitCode());
        assertEquals("Error: refusing to use " + temp.resolve("root") + ": writable by others (mode=0o777)\n",
                human.stderr());
        assertEquals("", human.stdout());
        CliRun json = cli.run("sync", "migrate", "--json");
        assertEquals("ROOT_REFUSED", json.json().get("error_code").getAsString());
        assertEquals("refusing to use " + temp.resolve("root") + ": writable by others (mode=0o777)",
                json.json().get("error").getAsString());
        assertEquals(0, cli.identityResolutions());
        assertEquals(List.of(), cli.queues().calls());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithoutStackTrace() {
        CliHarness cli = cli().identity(root -> {
            throw new IllegalStateException("boom\u001b[2J");
        });
        CliRun human = cli.run("auth", "status");
        assertEquals(70, human.exitCode());
        assertEquals("", human.stdout());
        assertEquals("Error: internal error: IllegalStateException: boom\\u001b[2J\n", human.stderr());

        CliRun json = cli.run("auth", "status", "--json");
        assertEquals(70, json.exitCode());
        assertEquals("INTERNAL_ERROR", json.json().get("error_code").getAsString());
        assertEquals("IllegalStateException: boom\u001b[2J", json.json().get("error").getAsString());
        assertEquals(1, json.stderrLines().size());

        CliRun debug = cli.run("auth", "status", "--debug");
        assertEquals(70, debug.exitCode());
        assertTrue(debug.stderr().contains("\tat "), debug.stderr());
        assertTrue(debug.stderr().contains("java.lang.IllegalStateException: boom"), debug.stderr());
    }

    @Test
    void identityWarningsAreLoggedOncePerInvocation() {
        CliHarness cli = cli().identity(root -> dev.speckitty.sync.cli.support.Identities.unauthenticated(root,
                dev.speckitty.sync.core.identity.SessionReport.absent(root.resolve("auth/session.json")),
                List.of("Session has no private teamspace", "Session has no private teamspace",
                        root + "/config.toml: [sync].server_url is invalid; using the default")));
        CliRun run = cli.run("sync", "status", "--json");
        assertEquals(List.of("[WARN] Session has no private teamspace",
                "[WARN] " + temp.resolve("root") + "/config.toml: [sync].server_url is invalid; using the default"),
                run.stderrLines());
        assertEquals(1, cli.identityResolutions());
    }
}
