package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.setupplan.SetupPlanOutcome;
import java.util.Objects;

/** {@code agent mission setup-plan} ran every step (cli.md §14.1 step 12, §14.7): exit 0. */
public record SetupPlanSucceeded(SetupPlanOutcome.Planned planned) implements CommandResult {
    public SetupPlanSucceeded {
        Objects.requireNonNull(planned, "planned");
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
