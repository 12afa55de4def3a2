package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.QueueRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scoped DB holds, compared across runs: every row of the three queue tables and of the quarantine
 * without the {@code id} the DB assigned, sorted, plus the ledger.
 */
public record ScopedContent(Map<String, List<String>> tables) {

    private static final List<String> TABLES = List.of("queue", "body_upload_queue", "body_upload_failure_log",
            "migration_quarantine", "migration_ledger");

    public static ScopedContent of(QueueDatabaseFixture fixture, Path scoped) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>();
            if (fixture.exists(scoped)) {
                for (QueueRow row : fixture.rows(scoped, table)) {
                    rows.add(dev.speckitty.sync.core.queue.CanonicalJson.row(row.without("id")));
                }
            }
            rows.sort(Comparator.naturalOrder());
            tables.put(table, List.copyOf(rows));
        }
        return new ScopedContent(tables);
    }

    public List<String> rows(String table) {
        return tables.get(table);
    }
}
