package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.lifecycle.DaemonContext;
import dev.speckitty.sync.core.daemon.lifecycle.DaemonTimeouts;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureIntent;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureOutcome;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureRequest;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureStatus;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.ActiveQueue;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code spec-kitty sync now} (cli.md §7): the SaaS gate, the boundary gate (failures 1, 2, 3, 6, 9), the
 * migration through {@code default_queue_db_path()}, ensure with intent {@code auto} and the trigger with the
 * state file's token, all of ensure and the trigger under one hold of {@code sync-daemon.lock}. Delivery happens in
 * the daemon; this command does not wait for it.
 */
public final class SyncNowCommand {
    static final List<String> WORDS = List.of("sync", "now");
    static final String SYNC_TRIGGER_FAILED = "SYNC_TRIGGER_FAILED";

    private final Environment environment;
    private final ResolvedIdentity identity;
    private final ForegroundIdentity foreground;
    private final GatherBoundaryFacts boundary;
    private final QueueLocator locator;
    private final EnsureDaemon ensure;
    private final DaemonContext daemons;
    private final InspectQueues queues;
    private final Path root;

    @Inject
    public SyncNowCommand(Environment environment, ResolvedIdentity identity, ForegroundIdentity foreground,
                          GatherBoundaryFacts boundary, QueueLocator locator, EnsureDaemon ensure,
                          DaemonContext daemons, InspectQueues queues, @Root Path root) {
        this.environment = environment;
        this.identity = identity;
        this.foreground = foreground;
        this.boundary = boundary;
        this.locator = locator;
        this.ensure = ensure;
        this.daemons = daemons;
        this.queues = queues;
        this.root = root;
    }

    public CommandResult run() {
        if (!environment.saasSyncEnabled()) {
            return DaemonRefusals.saasDisabled(WORDS);
        }
        List<BoundaryFailure> failures = BoundaryEvaluation.evaluate(
                boundary.gather(GatherBoundaryFacts.SYNC_NOW_GATE), GatherBoundaryFacts.SYNC_NOW_GATE);
        if (!failures.isEmpty()) {
            return new Refusal(WORDS, "SYNC_BOUNDARY_REFUSED", "the sync boundary is incoherent",
                    failures.stream().map(Refusal.Entry::of).toList());
        }
        ActiveQueue queue;
        try {
            queue = locator.defaultQueueDbPath(identity);
        } catch (MigrationFailedException e) {
            return new CommandFailure("MIGRATION_FAILED", "Sync failed: " + e.getMessage(),
                    Remediation.R14);
        } catch (NoActiveScopeException e) {
            // the gate refuses SaaS sync without identity (failure 6), so a scope always exists here
            throw new IllegalStateException("sync now passed its gate without an authenticated identity", e);
        }
        try {
            return daemons.underDaemonLock(() -> ensureAndTrigger(queue));
        } catch (LockUnavailableException e) {
            return DaemonStartCommand.startFailed("could not acquire daemon lock within "
                    + e.lockName().budgetSeconds() + "s", root);
        }
    }

    private CommandResult ensureAndTrigger(ActiveQueue queue) {
        EnsureOutcome outcome = ensure.ensure(new EnsureRequest(EnsureIntent.AUTO, environment, foreground,
                identity.config().backgroundDaemon()));
        if (outcome.status() == EnsureStatus.SKIPPED) {
            Optional<EnsureOutcome> reusable = ensure.reusableRecordedDaemon(foreground);
            if (reusable.isEmpty()) {
                return autoStartDisabled(outcome.skippedReason());
            }
            outcome = reusable.get();
        }
        if (outcome.status() == EnsureStatus.REFUSED) {
            return DaemonRefusals.referenceDaemon(WORDS, outcome.error());
        }
        if (outcome.status() == EnsureStatus.FAILED) {
            return DaemonStartCommand.startFailed(outcome.error(), root);
        }
        if (!(daemons.stateFiles().read(root) instanceof StateFileReading.Valid valid)
                || valid.state().token().isEmpty()) {
            return new CommandFailure(SYNC_TRIGGER_FAILED, "Sync trigger failed: "
                    + StateFiles.stateFilePath(root) + " records no control token", Remediation.R13);
        }
        ControlDaemon.Outcome trigger = daemons.control().triggerSync(valid.state().port(), valid.state().token().get(),
                DaemonTimeouts.CONTROL_REQUEST);
        if (trigger.reply() == ControlDaemon.Reply.INVALID_TOKEN) {
            return new CommandFailure(SYNC_TRIGGER_FAILED, "Sync trigger rejected by the daemon (invalid_token)",
                    Remediation.R13);
        }
        if (trigger.reply() == ControlDaemon.Reply.FAILED) {
            return new CommandFailure(SYNC_TRIGGER_FAILED, "Sync trigger failed: " + trigger.reason(), Remediation.R13);
        }
        return new SyncTriggered(outcome, queue, queues.inspect(queue.path()));
    }

    private static Refusal autoStartDisabled(String skippedReason) {
        String condition = EnsureOutcome.POLICY_MANUAL.equals(skippedReason)
                ? "config.toml [sync].background_daemon is manual" : skippedReason;
        return new Refusal(WORDS, "DAEMON_AUTOSTART_DISABLED", "no sync daemon is running and auto-start is disabled ("
                + skippedReason + ")", List.of(Refusal.Entry.of("daemon_autostart_disabled", condition,
                Remediation.R10)));
    }
}
