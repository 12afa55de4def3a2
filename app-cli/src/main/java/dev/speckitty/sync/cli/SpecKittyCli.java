package dev.speckitty.sync.cli;

import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.command.ExitCodes;
import dev.speckitty.sync.cli.daemon.DaemonRunner;
import dev.speckitty.sync.cli.daemon.ProcessHooks;
import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.output.Output;
import dev.speckitty.sync.cli.output.StreamOperatorLog;
import dev.speckitty.sync.cli.parse.CommandLine;
import dev.speckitty.sync.cli.parse.CommandLineParser;
import dev.speckitty.sync.cli.parse.Invocation;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.cli.wiring.CliComponent;
import dev.speckitty.sync.cli.wiring.Commands;
import dev.speckitty.sync.cli.wiring.InvocationContext;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.root.RootResolver;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The in-process entry of {@code spec-kitty}: runs one command line against an environment, a working directory
 * and two streams, and returns the exit code. It applies the global rules of cli.md §1: {@code --debug}
 * anywhere, usage errors, help and version, root resolution, the root ownership check, and the internal-error
 * net (exit 70, never a stack trace without {@code --debug}).
 */
public final class SpecKittyCli {

    static final String DEBUG = "--debug";

    private final Function<InvocationContext, Commands> components;
    private final BiFunction<Output, Boolean, OperatorLog> logs;
    private final InstallationLocator installations;
    private final DaemonRunner daemons;

    /**
     * An embedded CLI: {@code sync daemon run} gets no stdin (so it exits 2 for want of a token) and no JVM hooks.
     *
     * @param components    builds the object graph of one invocation
     * @param logs          the operator log for the output adapter and the {@code --debug} flag
     * @param installations where this program is installed
     */
    public SpecKittyCli(Function<InvocationContext, Commands> components, BiFunction<Output, Boolean, OperatorLog> logs,
                        InstallationLocator installations) {
        this(components, logs, installations,
                new DaemonRunner(installations, InputStream.nullInputStream(), ProcessHooks.none()));
    }

    /** @param daemons runs the hidden {@code sync daemon run} (cli.md §8.4) */
    public SpecKittyCli(Function<InvocationContext, Commands> components, BiFunction<Output, Boolean, OperatorLog> logs,
                        InstallationLocator installations, DaemonRunner daemons) {
        this.components = components;
        this.logs = logs;
        this.installations = installations;
        this.daemons = daemons;
    }

    /** Runs in-process with the production wiring; log lines go to {@code err}. */
    public static int run(String[] args, Environment environment, Path workingDirectory, PrintStream out,
                          PrintStream err) {
        return new SpecKittyCli(CliComponent::create, StreamOperatorLog::new,
                InstallationLocator.forClass(SpecKittyCli.class, workingDirectory))
                .execute(args, environment, workingDirectory, out, err);
    }

    public int execute(String[] args, Environment environment, Path workingDirectory, PrintStream out,
                       PrintStream err) {
        List<String> argv = new ArrayList<>(Arrays.asList(args));
        boolean debug = argv.removeIf(DEBUG::equals);
        boolean jsonInArgv = argv.contains("--json");
        Output output = new Output(out, err);
        try {
            OperatorLog log = logs.apply(output, debug);
            return dispatch(new CommandLineParser(), argv, environment, workingDirectory, output, log, jsonInArgv, debug);
        } catch (Throwable unexpected) { // the internal-error net of cli.md §1.10: every failure becomes exit 70
            output.internalError(unexpected, jsonInArgv, debug);
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            output.flush();
        }
    }

    private int dispatch(CommandLineParser parser, List<String> argv, Environment environment, Path workingDirectory,
                         Output output, OperatorLog log, boolean jsonInArgv, boolean debug) {
        CommandLine commandLine = parser.parse(argv);
        if (commandLine instanceof CommandLine.Help help) {
            output.help(parser.helpText(help.words()));
            return ExitCodes.OK;
        }
        if (commandLine instanceof CommandLine.Version) {
            String version = installations.packageVersion(environment);
            log.debug("package version " + version);
            output.version(version);
            return ExitCodes.OK;
        }
        if (commandLine instanceof CommandLine.UsageError usage) {
            output.usageError(usage.message(), usage.recognisedWords(), jsonInArgv);
            return ExitCodes.REFUSED;
        }
        if (commandLine instanceof CommandLine.RunDaemon daemon) {
            return daemons.run(daemon.arguments(), environment, workingDirectory, output, debug);
        }
        Invocation invocation = ((CommandLine.Run) commandLine).invocation();
        Optional<Path> root = RootResolver.resolve(environment, workingDirectory);
        if (root.isEmpty()) {
            output.rootUnresolved(invocation.json());
            return ExitCodes.REFUSED;
        }
        Installation installation = installations.locate(environment);
        log.debug("root " + root.get() + "; executable " + installation.executablePath() + "; checkout "
                + installation.sourceCheckoutPath());
        Commands commands = components.apply(
                new InvocationContext(environment, workingDirectory, root.get(), log, installation));
        Optional<RootRefusal> refusal = commands.rootSafety().inspect(root.get());
        if (refusal.isPresent()) {
            output.rootRefused(refusal.get(), invocation.json());
            return ExitCodes.REFUSED;
        }
        CommandResult result = invocation.execute(commands);
        output.result(result, invocation.json());
        return result.exitCode();
    }
}
