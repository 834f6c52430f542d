package cn.salescrm.bench.grid;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the statements of one grid search over plain JDBC on the application's data source. They run
 * in the service's order: the caller's two directory lookups, the count, the page, then the product
 * lines and sharers of the page's customers.
 */
final class PlainGrid {

    private final DataSource dataSource;

    PlainGrid(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the directory entries of the login, read as the service's caller resolution reads them. */
    GridCaller caller(String login, boolean manager) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new GridCaller(login, manager, firstId(connection, GridSql.salespersonOfLogin(login)),
                    firstId(connection, GridSql.merchandiserOfLogin(login)));
        }
    }

    /** Runs the search and returns the total and the ids of the page's customers. */
    Result search(GridCaller caller, GridQuery query, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            firstId(connection, GridSql.salespersonOfLogin(caller.login()));
            firstId(connection, GridSql.merchandiserOfLogin(caller.login()));
            long total = singleLong(connection, GridSql.count(caller, query.filter(), now));
            if (total == 0 || query.first() >= total) {
                return new Result(total, List.of());
            }
            List<Long> ids = pageIds(connection, GridSql.page(caller, query.filter(), query.sort(), query.first(),
                    query.pageSize(), now));
            drain(connection, GridSql.productLines(ids));
            drain(connection, GridSql.activeSharers(ids, now));
            return new Result(total, ids);
        }
    }

    private static Long firstId(Connection connection, SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private static long singleLong(Connection connection, SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Long> pageIds(Connection connection, SqlStatement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                // Read every column, as the service does to build its rows.
                for (int column = 2; column <= 11; column++) {
                    rows.getObject(column);
                }
            }
        }
        return ids;
    }

    private static void drain(Connection connection, SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
                rows.getObject(2);
            }
        }
    }

    /** The total of matching customers and the ids of the page, in page order. */
    record Result(long total, List<Long> ids) {
    }
}
