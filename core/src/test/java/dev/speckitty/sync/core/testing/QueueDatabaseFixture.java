package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.QueueRow;
import java.nio.file.Path;
import java.util.List;

/**
 * What contract tests need to arrange and observe queue DBs behind the ports, implemented once by the
 * in-memory fake and once with plain JDBC for SQLite.
 */
public interface QueueDatabaseFixture {

    /** Creates a legacy DB holding exactly these tables and rows. */
    void createLegacy(Path path, List<LegacyTable> tables);

    /** Puts a file at {@code path} that exists but is not a database. */
    void createNotADatabase(Path path);

    /** Whether anything exists at {@code path}. */
    boolean exists(Path path);

    /** Names of the tables in the DB. */
    List<String> tables(Path db);

    /** The column names of a table in declaration order. */
    List<String> columns(Path db, String table);

    /** Every row of a table in rowid order, with every column; empty when the table is absent. */
    List<QueueRow> rows(Path db, String table);

    /** Inserts a row behind the ports' back (a concurrent writer such as the reference CLI). */
    void insertRow(Path db, String table, QueueRow row);

    /** Sets one column of the row with this rowid behind the ports' back. */
    void updateRow(Path db, String table, long rowid, String column, dev.speckitty.sync.core.queue.CellValue value);
}
