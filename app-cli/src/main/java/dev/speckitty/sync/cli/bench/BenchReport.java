package dev.speckitty.sync.cli.bench;

import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.command.ExitCodes;
import java.util.Objects;

/**
 * What {@code spec-kitty bench} measured in one run. Every ratio compares two measurements of this same run,
 * taken side by side on identical inputs.
 */
public record BenchReport(Machine machine, int events, int bodyUploads, MigrationRun batched, MigrationRun perRow,
                          Rerun rerun, LocatorCost locator, StatusCost status, double totalSeconds)
        implements CommandResult {

    public BenchReport {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(batched, "batched");
        Objects.requireNonNull(perRow, "perRow");
        Objects.requireNonNull(rerun, "rerun");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(status, "status");
        if (events < 1 || bodyUploads < 0) {
            throw new IllegalArgumentException("a bench migrates at least one event");
        }
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }

    /** How many times faster the contract's batches migrate than one-row batches. */
    public double batchedOverPerRow() {
        return batched.rowsPerSecond() / perRow.rowsPerSecond();
    }

    /**
     * Where the numbers were taken. {@code loadAverageAtStart} is the one-minute system load average when the
     * bench started (negative where the platform has none): other work on the machine skews every timing.
     */
    public record Machine(String javaVersion, String javaVm, int availableProcessors, long maxHeapBytes,
                          String tempFileStore, double loadAverageAtStart) {
        public Machine {
            Objects.requireNonNull(javaVersion, "javaVersion");
            Objects.requireNonNull(javaVm, "javaVm");
            Objects.requireNonNull(tempFileStore, "tempFileStore");
        }
    }

    /**
     * One migration of the synthetic legacy queue into an empty scoped queue.
     *
     * @param legacyRowsBefore rows in the legacy queue before (events + body uploads)
     * @param rowsMoved        rows the migration reported as moved (copied, duplicate, merged or quarantined)
     * @param quarantined      of which quarantined (0 on the synthetic queue)
     * @param scopedRowsAfter  rows in the scoped queue after, counted by the inspection port
     * @param legacyRowsAfter  rows left in the legacy queue after
     * @param rowLogLines      INFO lines the migration logged (one per moved row, not printed)
     */
    public record MigrationRun(int batchMaxRows, long batchMaxBytes, long legacyRowsBefore, long rowsMoved,
                               long quarantined, long scopedRowsAfter, long legacyRowsAfter, long rowLogLines,
                               long nanos, HeapUse heap) {
        public MigrationRun {
            Objects.requireNonNull(heap, "heap");
            if (nanos <= 0) {
                throw new IllegalArgumentException("a measured run takes time");
            }
        }

        public double seconds() {
            return nanos / 1e9;
        }

        public double rowsPerSecond() {
            return rowsMoved / seconds();
        }

        /** Every legacy row arrived in the scoped queue and left the legacy one. */
        public boolean complete() {
            return rowsMoved == legacyRowsBefore && quarantined == 0 && scopedRowsAfter == legacyRowsBefore
                    && legacyRowsAfter == 0;
        }
    }

    /** The migration run again on its finished state: an idempotent no-op. */
    public record Rerun(int runs, double medianMillis, long rowsMoved) {
    }

    /**
     * {@code default_queue_db_path()} with {@code <R>/queue.db} absent against a bare existence check of the same
     * path ({@code Files.exists} without following links, the check the adapter makes).
     */
    public record LocatorCost(int callsPerRound, int rounds, double locatorNanosPerCall, double existsNanosPerCall) {
        public double locatorOverExists() {
            return locatorNanosPerCall / existsNanosPerCall;
        }
    }

    /** Read-only {@code sync status} on the migrated root, as one invocation of the CLI runs it in-process. */
    public record StatusCost(int runs, double medianMillis, long activeQueueRows) {
    }
}
