package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.model.CommandGroupMetadata;
import com.github.rvesse.airline.model.CommandMetadata;
import com.github.rvesse.airline.model.GlobalMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registered command words, read from the Airline metadata: which words are groups, which are commands. */
final class CommandTree {

    /** A node reached by some command words: a group (with children) or a command. */
    record Node(List<String> words, Optional<CommandGroupMetadata> group, Optional<CommandMetadata> command) {
        boolean isCommand() {
            return command.isPresent();
        }
    }

    private final GlobalMetadata<?> metadata;

    CommandTree(GlobalMetadata<?> metadata) {
        this.metadata = metadata;
    }

    /**
     * The longest prefix of {@code tokens} that names a group or a command (stops at the first option, the first
     * unknown word, and after a command).
     */
    List<String> recognise(List<String> tokens) {
        List<String> words = new ArrayList<>();
        List<CommandGroupMetadata> groups = metadata.getCommandGroups();
        List<CommandMetadata> commands = metadata.getDefaultGroupCommands(); // top-level commands (bench)
        for (String token : tokens) {
            Optional<CommandGroupMetadata> group = groups.stream().filter(g -> g.getName().equals(token)).findFirst();
            if (group.isPresent()) {
                words.add(token);
                groups = group.get().getSubGroups();
                commands = group.get().getCommands();
                continue;
            }
            if (commands.stream().anyMatch(c -> c.getName().equals(token))) {
                words.add(token);
            }
            break;
        }
        return words;
    }

    /** The node of exactly these words, if they name one. */
    Optional<Node> find(List<String> words) {
        List<CommandGroupMetadata> groups = metadata.getCommandGroups();
        CommandGroupMetadata current = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Optional<CommandGroupMetadata> group = groups.stream().filter(g -> g.getName().equals(word)).findFirst();
            if (group.isPresent()) {
                current = group.get();
                groups = current.getSubGroups();
                continue;
            }
            if (i == words.size() - 1) {
                List<CommandMetadata> commands = current == null ? metadata.getDefaultGroupCommands()
                        : current.getCommands();
                Optional<CommandMetadata> command = commands.stream()
                        .filter(c -> c.getName().equals(word)).findFirst();
                if (command.isPresent()) {
                    return Optional.of(new Node(words, Optional.ofNullable(current), command));
                }
            }
            return Optional.empty();
        }
        return Optional.of(new Node(words, Optional.ofNullable(current), Optional.empty()));
    }

    /** Every visible command under a node (or all, for the empty words), sorted by its words. */
    List<Node> commandsUnder(List<String> words) {
        List<Node> found = new ArrayList<>();
        if (words.isEmpty()) {
            metadata.getCommandGroups().forEach(g -> collect(List.of(g.getName()), g, found));
        } else {
            find(words).filter(node -> !node.isCommand()).flatMap(Node::group)
                    .ifPresent(group -> collect(words, group, found));
        }
        found.sort(Comparator.comparing(n -> String.join(" ", n.words())));
        return found;
    }

    private static void collect(List<String> words, CommandGroupMetadata group, List<Node> found) {
        if (group.isHidden()) {
            return;
        }
        for (CommandMetadata command : group.getCommands()) {
            if (!command.isHidden()) {
                List<String> commandWords = new ArrayList<>(words);
                commandWords.add(command.getName());
                found.add(new Node(List.copyOf(commandWords), Optional.of(group), Optional.of(command)));
            }
        }
        for (CommandGroupMetadata sub : group.getSubGroups()) {
            List<String> subWords = new ArrayList<>(words);
            subWords.add(sub.getName());
            collect(List.copyOf(subWords), sub, found);
        }
    }

    String description() {
        return metadata.getDescription();
    }
}
