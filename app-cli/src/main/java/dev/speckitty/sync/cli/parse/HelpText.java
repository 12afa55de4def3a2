package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.model.CommandMetadata;
import com.github.rvesse.airline.model.OptionMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Help texts built from the Airline metadata of the registered commands (wording not normative, cli.md §1.4). */
final class HelpText {

    private final CommandTree tree;

    HelpText(CommandTree tree) {
        this.tree = tree;
    }

    /** Help for these words: the global help, a group's commands, or one command's options. */
    String render(List<String> words) {
        CommandTree.Node node = tree.find(words)
                .orElseThrow(() -> new IllegalArgumentException("no command " + words));
        if (node.isCommand()) {
            return command(words, node.command().orElseThrow());
        }
        return words.isEmpty() ? global() : group(words);
    }

    private String global() {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: spec-kitty <command words> [options]");
        lines.add("");
        lines.add(tree.description());
        lines.add("");
        lines.add("Commands:");
        commandList(List.of(), lines);
        lines.add("");
        lines.add("Global options:");
        lines.add(entry("--help", "Show help; also 'spec-kitty help <command words>' and '<command words> --help'."));
        lines.add(entry("--version", "Print the version."));
        lines.add(entry("--debug", "Print debug log lines and stack traces on stderr (allowed anywhere)."));
        lines.add("");
        lines.add("Run 'spec-kitty help <command words>' for the options of one command.");
        return String.join("\n", lines) + "\n";
    }

    private String group(List<String> words) {
        List<String> lines = new ArrayList<>();
        lines.add("Usage: spec-kitty " + String.join(" ", words) + " <command> [options]");
        lines.add("");
        lines.add("Commands:");
        commandList(words, lines);
        lines.add("");
        lines.add("Run 'spec-kitty help " + String.join(" ", words) + " <command>' for the options of one command.");
        return String.join("\n", lines) + "\n";
    }

    private static String command(List<String> words, CommandMetadata command) {
        List<OptionMetadata> options = new ArrayList<>(command.getAllOptions().stream()
                .filter(o -> !o.isHidden()).toList());
        options.sort(Comparator.comparing(HelpText::optionName));
        StringBuilder usage = new StringBuilder("Usage: spec-kitty ").append(String.join(" ", words));
        options.forEach(o -> usage.append(" [").append(optionSyntax(o)).append(']'));
        List<String> lines = new ArrayList<>();
        lines.add(usage.toString());
        lines.add("");
        lines.add(command.getDescription());
        if (!options.isEmpty()) {
            lines.add("");
            lines.add("Options:");
            options.forEach(o -> lines.add(entry(optionSyntax(o), o.getDescription())));
        }
        return String.join("\n", lines) + "\n";
    }

    private void commandList(List<String> words, List<String> lines) {
        for (CommandTree.Node node : tree.commandsUnder(words)) {
            lines.add(entry(String.join(" ", node.words()), node.command().orElseThrow().getDescription()));
        }
    }

    private static String optionName(OptionMetadata option) {
        return option.getOptions().stream().sorted().findFirst().orElseThrow();
    }

    private static String optionSyntax(OptionMetadata option) {
        return option.getArity() == 0 ? optionName(option) : optionName(option) + " <" + String.join(" ", option.getTitles()) + ">";
    }

    private static String entry(String name, String description) {
        return "  " + String.format("%-22s", name) + " " + description;
    }
}
