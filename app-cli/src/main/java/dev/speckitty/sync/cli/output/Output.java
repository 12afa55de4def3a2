package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.cli.bench.BenchReport;
import dev.speckitty.sync.cli.bench.BenchView;
import dev.speckitty.sync.cli.command.AuthDoctorReport;
import dev.speckitty.sync.cli.command.AuthStatus;
import dev.speckitty.sync.cli.command.CommandFailure;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.command.DaemonRestarted;
import dev.speckitty.sync.cli.command.DaemonStarted;
import dev.speckitty.sync.cli.command.DaemonStatus;
import dev.speckitty.sync.cli.command.DaemonStopped;
import dev.speckitty.sync.cli.command.MigrationFailed;
import dev.speckitty.sync.cli.command.MigrationRun;
import dev.speckitty.sync.cli.command.OrphanDaemons;
import dev.speckitty.sync.cli.command.QuarantineListing;
import dev.speckitty.sync.cli.command.Refusal;
import dev.speckitty.sync.cli.command.SetupPlanFailed;
import dev.speckitty.sync.cli.command.SetupPlanSucceeded;
import dev.speckitty.sync.cli.command.SyncDoctor;
import dev.speckitty.sync.cli.command.SyncStatus;
import dev.speckitty.sync.cli.command.SyncTriggered;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.root.RootResolver;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one output adapter (cli.md §1.6): the only code that writes the process's stdout and stderr. It renders
 * each outcome completely before printing, so a JSON document is never half-written.
 */
public final class Output {

    private final PrintStream out;
    private final PrintStream err;

    public Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A command's result: human text or one JSON document (stdout), refusals and failures on stderr in human mode. */
    public void result(CommandResult result, boolean json) {
        write(render(result, json));
    }

    public void help(String text) {
        write(Rendering.stdout(text));
    }

    /** cli.md §4. */
    public void version(String packageVersion) {
        write(Rendering.stdout("spec-kitty-sync version " + packageVersion + "\n"));
    }

    public void usageError(String message, List<String> recognisedWords, boolean json) {
        write(ErrorView.usage(message, recognisedWords, json));
    }

    /** on-disk.md §2.1, clarifications #3. */
    public void rootUnresolved(boolean json) {
        write(ErrorView.error(ErrorView.ROOT_UNRESOLVED, RootResolver.UNRESOLVED_MESSAGE, json, ""));
    }

    /** clarifications #30, #34. */
    public void rootRefused(RootRefusal refusal, boolean json) {
        write(ErrorView.error(ErrorView.ROOT_REFUSED, refusal.message(), json, ""));
    }

    public void internalError(Throwable error, boolean json, boolean debug) {
        write(ErrorView.internal(error, json, debug));
    }

    /**
     * A log line of the in-process operator log (tests and embedders; the CLI process logs through tinylog) and of the
     * daemon process's {@link DaemonLog}.
     */
    void logLine(String line) {
        err.print(line + "\n");
    }

    public void flush() {
        out.flush();
        err.flush();
    }

    private void write(Rendering rendering) {
        out.print(rendering.stdout());
        err.print(rendering.stderr());
    }

    static Rendering render(CommandResult result, boolean json) {
        if (result instanceof SyncStatus status) {
            return report(json, () -> SyncStatusView.json(status), () -> SyncStatusView.human(status));
        }
        if (result instanceof AuthStatus status) {
            return report(json, () -> AuthStatusView.json(status), () -> AuthStatusView.human(status));
        }
        if (result instanceof AuthDoctorReport report) {
            return report(json, () -> AuthDoctorView.json(report), () -> AuthDoctorView.human(report));
        }
        if (result instanceof MigrationRun run) {
            return report(json, () -> MigrateView.json(run), () -> MigrateView.human(run));
        }
        if (result instanceof QuarantineListing listing) {
            return report(json, () -> MigrateView.json(listing), () -> MigrateView.human(listing));
        }
        if (result instanceof MigrationFailed failed) {
            return failure(json, () -> MigrateView.json(failed), () -> MigrateView.human(failed));
        }
        if (result instanceof SetupPlanSucceeded succeeded) {
            return SetupPlanView.render(succeeded, json);
        }
        if (result instanceof SetupPlanFailed failed) {
            return SetupPlanView.render(failed, json);
        }
        if (result instanceof BenchReport bench) {
            if (!json) {
                return Rendering.stdout(BenchView.human(bench));
            }
            Json.Obj document = Json.object();
            BenchView.json(bench).asMap().forEach(document::put);
            return Rendering.stdout(Json.document(document));
        }
        if (result instanceof DaemonStarted started) {
            return report(json, () -> DaemonViews.json(started), () -> DaemonViews.human(started));
        }
        if (result instanceof DaemonStopped stopped) {
            return DaemonViews.render(stopped, json);
        }
        if (result instanceof DaemonStatus status) {
            return report(json, () -> DaemonViews.json(status), () -> DaemonViews.human(status));
        }
        if (result instanceof SyncTriggered triggered) {
            return report(json, () -> DaemonViews.json(triggered), () -> DaemonViews.human(triggered));
        }
        if (result instanceof DaemonRestarted restarted) {
            return DaemonViews.render(restarted, json);
        }
        if (result instanceof CommandFailure failure) {
            return failure(json, () -> DaemonViews.json(failure), () -> DaemonViews.human(failure));
        }
        if (result instanceof OrphanDaemons report) {
            return report(json, () -> OrphanDaemonsView.json(report), () -> OrphanDaemonsView.human(report));
        }
        if (result instanceof SyncDoctor doctor) {
            return report(json, () -> SyncDoctorView.json(doctor), () -> SyncDoctorView.human(doctor));
        }
        if (result instanceof Refusal refusal) {
            return failure(json, () -> RefusalView.json(refusal), () -> RefusalView.human(refusal));
        }
        throw new IllegalArgumentException("no view for " + result.getClass().getSimpleName());
    }

    /** A report or a success: its text or its one JSON document on stdout (cli.md §1.6). */
    private static Rendering report(boolean json, Supplier<Json.Obj> document, Supplier<String> text) {
        return json ? Rendering.stdout(Json.document(document.get())) : Rendering.stdout(text.get());
    }

    /** A refusal or a failure: the JSON document on stdout, the human text on stderr (cli.md §1.6). */
    private static Rendering failure(boolean json, Supplier<Json.Obj> document, Supplier<String> text) {
        return json ? Rendering.stdout(Json.document(document.get())) : Rendering.stderr(text.get());
    }
}
