package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.cli.bench.BenchCommand;
import dev.speckitty.sync.cli.command.AuthDoctorCommand;
import dev.speckitty.sync.cli.command.AuthStatusCommand;
import dev.speckitty.sync.cli.command.SetupPlanCommand;
import dev.speckitty.sync.cli.command.SyncMigrateCommand;
import dev.speckitty.sync.cli.command.SyncStatusCommand;
import dev.speckitty.sync.core.root.InspectRootSafety;

/** What one invocation can run; implemented by the Dagger component (and by test components). */
public interface Commands {
    InspectRootSafety rootSafety();

    AuthStatusCommand authStatus();

    AuthDoctorCommand authDoctor();

    SyncStatusCommand syncStatus();

    SyncMigrateCommand syncMigrate();

    SetupPlanCommand setupPlan();

    /** The hidden {@code bench}: works on its own temporary root only. */
    BenchCommand bench();
}
