package dev.speckitty.sync.architecture.violations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Talks to a database directly, as core must not. */
final class OpensJdbcConnections {
    Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
