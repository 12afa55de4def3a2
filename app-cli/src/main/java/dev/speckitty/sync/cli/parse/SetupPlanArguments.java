package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import java.util.List;
import java.util.Optional;

/** {@code spec-kitty agent mission setup-plan --mission <slug> [--json]} (cli.md §14). */
@Command(name = "setup-plan", description = "Scaffold plan.md, append the lifecycle events and, with SaaS sync"
        + " enabled, queue their envelopes and the mission's artifacts in the scoped queue.")
public final class SetupPlanArguments implements Invocation {

    @Option(name = "--mission", title = "slug", arity = 1,
            description = "The mission: the directory kitty-specs/<slug> of the project (required).")
    private String mission;

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("agent", "mission", "setup-plan");
    }

    @Override
    public boolean json() {
        return json;
    }

    /** Step 1 of cli.md §14.1: {@code --mission} is required and must match the slug grammar. */
    @Override
    public Optional<String> usageError() {
        return MissionSlug.isValid(mission) ? Optional.empty() : Optional.of(MissionSlug.problem(mission));
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.setupPlan().run(new MissionSlug(mission));
    }
}
