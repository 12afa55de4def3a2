package dev.speckitty.sync.cli.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.daemon.run.DaemonArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** cli.md §8.4: the hidden {@code sync daemon run} accepts exactly its forms. */
class DaemonRunArgumentsTest {
    private final CommandLineParser parser = new CommandLineParser();

    private CommandLine parse(String... options) {
        List<String> args = new ArrayList<>(List.of("sync", "daemon", "run"));
        args.addAll(List.of(options));
        return parser.parse(args);
    }

    private String usage(String... options) {
        CommandLine line = parse(options);
        if (!(line instanceof CommandLine.UsageError error)) {
            throw new AssertionError("expected a usage error, got " + line);
        }
        return error.message();
    }

    @Test
    void theExactForms() {
        assertEquals(new CommandLine.RunDaemon(new DaemonArguments(9401, "/r", Optional.of("/opt/sk/lib/spec-kitty-sync.jar"))),
                parse("--port", "9401", "--spec-kitty-daemon-root=/r",
                        "--spec-kitty-daemon-exec=/opt/sk/lib/spec-kitty-sync.jar"));
        assertEquals(new CommandLine.RunDaemon(new DaemonArguments(1, "/a b=c", Optional.empty())),
                parse("--spec-kitty-daemon-root=/a b=c", "--port", "1"), "any order; '=' inside the path is kept");
        assertEquals(new CommandLine.RunDaemon(new DaemonArguments(65535, "/r", Optional.empty())),
                parse("--port", "65535", "--spec-kitty-daemon-root=/r"), "the daemon does not enforce the sync range");
    }

    @Test
    void everyOtherFormIsAUsageError() {
        String where = " for 'sync daemon run'";
        assertEquals("option --port takes its value as the next argument (--port <n>)" + where,
                usage("--port=9401", "--spec-kitty-daemon-root=/r"));
        assertEquals("option --spec-kitty-daemon-root takes its value after '=' (--spec-kitty-daemon-root=<path>)" + where,
                usage("--port", "9401", "--spec-kitty-daemon-root", "/r"));
        assertEquals("option --spec-kitty-daemon-exec takes its value after '=' (--spec-kitty-daemon-exec=<path>)" + where,
                usage("--port", "9401", "--spec-kitty-daemon-root=/r", "--spec-kitty-daemon-exec", "/x"));
        assertEquals("missing required option --port" + where, usage("--spec-kitty-daemon-root=/r"));
        assertEquals("missing required option --spec-kitty-daemon-root=<path>" + where, usage("--port", "9401"));
        assertEquals("option --port needs a value" + where, usage("--spec-kitty-daemon-root=/r", "--port"));
        assertEquals("option --port given twice" + where,
                usage("--port", "9401", "--port", "9402", "--spec-kitty-daemon-root=/r"));
        assertEquals("option --spec-kitty-daemon-root given twice" + where,
                usage("--port", "9401", "--spec-kitty-daemon-root=/r", "--spec-kitty-daemon-root=/r"));
        assertEquals("a marker needs a path after '='" + where, usage("--port", "9401", "--spec-kitty-daemon-root="));
        assertEquals("unknown option '--json'" + where, usage("--port", "9401", "--spec-kitty-daemon-root=/r", "--json"));
        assertEquals("unknown option '--help'" + where, usage("--help"));
        assertEquals("unexpected argument 'now'" + where, usage("now"));
        for (String port : List.of("0", "65536", "-1", "94o1", "", "+9401", "999999")) {
            assertEquals("invalid value '" + port + "' for --port: expected a port number 1-65535" + where,
                    usage("--port", port, "--spec-kitty-daemon-root=/r"), port);
        }
    }

    @Test
    void theCommandIsHiddenFromHelp() {
        for (List<String> words : List.of(List.<String>of(), List.of("sync"))) {
            String help = parser.helpText(words);
            assertFalse(help.contains("run"), help);
            assertFalse(help.contains("daemon-root"), help);
        }
    }
}
