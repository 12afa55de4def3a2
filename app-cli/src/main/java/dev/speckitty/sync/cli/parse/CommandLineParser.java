package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.Cli;
import com.github.rvesse.airline.builder.CliBuilder;
import com.github.rvesse.airline.parser.ParseResult;
import com.github.rvesse.airline.parser.errors.ParseArgumentsUnexpectedException;
import com.github.rvesse.airline.parser.errors.ParseCommandMissingException;
import com.github.rvesse.airline.parser.errors.ParseCommandUnrecognizedException;
import com.github.rvesse.airline.parser.errors.ParseException;
import com.github.rvesse.airline.parser.errors.ParseOptionMissingValueException;
import com.github.rvesse.airline.parser.errors.handlers.CollectAll;
import dev.speckitty.sync.cli.bench.BenchArguments;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns argv (without {@code --debug}) into a {@link CommandLine} under the global rules of cli.md §1.2–§1.4:
 * options only after the command words (except {@code --help} and {@code --version}), help in its three forms,
 * and every Airline parse error mapped to a usage error with the words recognised before it. Only commands
 * that really work are registered; anything else is an unknown command.
 */
public final class CommandLineParser {

    static final String HELP = "--help";
    static final String VERSION = "--version";
    static final String JSON = "--json";
    static final String HELP_WORD = "help";

    private final Cli<Invocation> cli;
    private final CommandTree tree;
    private final HelpText help;

    public CommandLineParser() {
        CliBuilder<Invocation> builder = Cli.<Invocation>builder("spec-kitty")
                .withDescription("spec-kitty-sync: the sync boundary of a spec-kitty installation (identity, queues,"
                        + " sync daemon).");
        builder.withParser().withErrorHandler(new CollectAll());
        builder.withGroup("auth").withDescription("Authentication (read-only; log in with the reference CLI).")
                .withCommands(List.of(AuthStatusArguments.class, AuthDoctorArguments.class));
        builder.withGroup("sync").withDescription("Queues and the sync boundary.")
                .withCommands(List.of(SyncStatusArguments.class, SyncMigrateArguments.class));
        builder.withGroup("agent").withDescription("Commands run by agents inside a spec-kitty project.")
                .withSubGroup("mission").withDescription("Missions of the project (kitty-specs/<slug>).")
                .withCommand(SetupPlanArguments.class);
        builder.withCommand(BenchArguments.class); // hidden, top-level: spec-kitty bench
        // the daemon and its diagnostics (cli.md §7–§11)
        builder.withGroup("sync").withCommands(List.of(SyncNowArguments.class, SyncDoctorArguments.class))
                .withSubGroup("daemon").withDescription("The background sync daemon of this root.")
                .withCommands(List.of(SyncDaemonStartArguments.class, SyncDaemonStopArguments.class,
                        SyncDaemonStatusArguments.class));
        builder.withGroup("doctor").withDescription("Repairs of the daemon's metadata.")
                .withCommands(List.of(DoctorRestartDaemonArguments.class, DoctorOrphanDaemonsArguments.class));
        this.cli = builder.build();
        this.tree = new CommandTree(cli.getMetadata());
        this.help = new HelpText(tree);
    }

    public CommandLine parse(List<String> args) {
        if (args.isEmpty()) {
            return new CommandLine.UsageError("missing command", List.of());
        }
        if (DaemonRunArguments.matches(args)) {
            return DaemonRunArguments.parse(args, tree.recognise(args));
        }
        if (args.contains(HELP)) {
            return helpFor(args.stream().takeWhile(a -> !a.startsWith("-")).toList());
        }
        String first = args.get(0);
        if (first.equals(HELP_WORD)) {
            List<String> rest = args.subList(1, args.size()).stream().filter(a -> !a.equals(JSON)).toList();
            Optional<String> option = rest.stream().filter(a -> a.startsWith("-")).findFirst();
            if (option.isPresent()) {
                return new CommandLine.UsageError("unknown option '" + option.get() + "' for 'help'", List.of());
            }
            return helpFor(rest);
        }
        if (first.equals(VERSION)) {
            Optional<String> extra = args.subList(1, args.size()).stream().filter(a -> !a.equals(JSON)).findFirst();
            return extra.<CommandLine>map(e -> new CommandLine.UsageError(
                    "unexpected argument '" + e + "' after --version", List.of()))
                    .orElseGet(CommandLine.Version::new);
        }
        if (first.startsWith("-")) {
            return new CommandLine.UsageError("option '" + first + "' must follow the command words", List.of());
        }
        ParseResult<Invocation> result = cli.parseWithResult(args);
        List<String> recognised = tree.recognise(args);
        if (!result.wasSuccessful()) {
            ParseException error = result.getErrors().iterator().next();
            return new CommandLine.UsageError(message(error, args, recognised), recognised);
        }
        Invocation invocation = result.getCommand();
        return invocation.usageError()
                .<CommandLine>map(message -> new CommandLine.UsageError(message, invocation.words()))
                .orElseGet(() -> new CommandLine.Run(invocation));
    }

    /** The help text for words that {@link #parse} accepted as a help request. */
    public String helpText(List<String> words) {
        return help.render(words);
    }

    private CommandLine helpFor(List<String> words) {
        if (tree.find(words).isPresent()) {
            return new CommandLine.Help(words);
        }
        List<String> recognised = tree.recognise(words);
        return new CommandLine.UsageError("unknown command '" + String.join(" ", words) + "'", recognised);
    }

    private String message(ParseException error, List<String> args, List<String> recognised) {
        String at = recognised.isEmpty() ? "" : " for '" + String.join(" ", recognised) + "'";
        if (error instanceof ParseCommandUnrecognizedException || error instanceof ParseCommandMissingException) {
            if (recognised.size() < args.size() && !args.get(recognised.size()).startsWith("-")) {
                return "unknown command '" + String.join(" ", args.subList(0, recognised.size() + 1)) + "'";
            }
            String expected = tree.commandsUnder(recognised).stream()
                    .map(n -> n.words().get(recognised.size())).distinct().collect(Collectors.joining(", "));
            return "incomplete command '" + String.join(" ", recognised) + "'; expected one of: " + expected;
        }
        if (error instanceof ParseArgumentsUnexpectedException unexpected
                && !unexpected.getUnparsedInput().isEmpty()) {
            String token = unexpected.getUnparsedInput().get(0);
            return (token.startsWith("-") ? "unknown option '" : "unexpected argument '") + token + "'" + at;
        }
        if (error instanceof ParseOptionMissingValueException missing) {
            return "option " + missing.getOptionTitle() + " needs a value" + at;
        }
        return error.getMessage() + at;
    }
}
