package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrationCheckpoint;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link MigrationCrashTest}: runs a real migration of {@code <root>/queue.db} into
 * {@code <scoped>} and, at every checkpoint, prints {@code STEP <checkpoint> <table>} on stdout and waits for a
 * line on stdin before going on. The parent kills it with SIGKILL at the step it chose; if the parent goes
 * away, stdin ends and the child exits.
 */
public final class CrashableMigrationMain {

    private CrashableMigrationMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path scoped = Path.of(args[1]);
        int batchRows = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        LegacyQueueMigration migration = new LegacyQueueMigration(SqliteAdapters.legacyQueues(),
                SqliteAdapters.scopedQueues(), new InMemoryLockFiles(), MigrationCrashTest.clock(),
                new RecordingOperatorLog(), new BatchLimits(batchRows, 16L * 1024 * 1024),
                (MigrationCheckpoint checkpoint, QueueTable table) -> {
                    out.println("STEP " + checkpoint + " " + table.tableName());
                    try {
                        if (in.readLine() == null) {
                            System.exit(3);
                        }
                    } catch (IOException e) {
                        System.exit(4);
                    }
                });
        migration.migrate(root, scoped);
        out.println("DONE");
    }

}
