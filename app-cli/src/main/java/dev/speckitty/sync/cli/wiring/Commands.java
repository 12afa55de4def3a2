package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.cli.bench.BenchCommand;
import dev.speckitty.sync.cli.command.AuthDoctorCommand;
import dev.speckitty.sync.cli.command.AuthStatusCommand;
import dev.speckitty.sync.cli.command.SetupPlanCommand;
import dev.speckitty.sync.cli.command.DaemonStartCommand;
import dev.speckitty.sync.cli.command.DaemonStatusCommand;
import dev.speckitty.sync.cli.command.DaemonStopCommand;
import dev.speckitty.sync.cli.command.OrphanDaemonsCommand;
import dev.speckitty.sync.cli.command.RestartDaemonCommand;
import dev.speckitty.sync.cli.command.SyncDoctorCommand;
import dev.speckitty.sync.cli.command.SyncMigrateCommand;
import dev.speckitty.sync.cli.command.SyncNowCommand;
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
    DaemonStartCommand daemonStart();

    DaemonStopCommand daemonStop();

    DaemonStatusCommand daemonStatus();

    SyncNowCommand syncNow();

    SyncDoctorCommand syncDoctor();

    RestartDaemonCommand restartDaemon();

    OrphanDaemonsCommand orphanDaemons();
}
