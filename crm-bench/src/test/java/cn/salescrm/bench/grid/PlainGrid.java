package cn.salescrm.bench.grid;

import cn.salescrm.service.customer.CustomerQueryService;

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
 * in the service's order: the caller's two directory lookups, a salesperson's shared customers, the
 * capped count, the page, then the product lines and sharers of the page's customers.
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
            List<Long> shared = sharedIds(connection, caller, now);
            long matches = ids(connection, GridSql.countedIds(caller, shared, query.filter())).size();
            long total = Math.min(matches, CustomerQueryService.COUNT_LIMIT);
            if (total == 0 || query.first() >= total) {
                return new Result(total, List.of());
            }
            List<Long> ids = pageIds(connection, GridSql.page(caller, shared, query.filter(), query.sort(),
                    query.first(), query.pageSize()));
            drain(connection, GridSql.productLines(ids));
            drain(connection, GridSql.activeSharers(ids, now));
            return new Result(total, ids);
        }
    }

    /**
     * Returns the ids of a salesperson's shared customers, which the scope names, or an empty list
     * for a manager or a login without a salesperson entry.
     */
    static List<Long> sharedIds(Connection connection, GridCaller caller, Instant now) throws SQLException {
        if (caller.manager() || caller.salespersonId() == null) {
            return List.of();
        }
        List<Long> shared = ids(connection, GridSql.sharedCustomers(caller.salespersonId(), now));
        if (shared.size() > GridSql.MAX_LISTED_SHARES) {
            throw new IllegalStateException(caller.login() + " has more shared customers than the scope names by id; "
                    + "the plain statements cover the listed scope only");
        }
        return shared;
    }

    private static List<Long> ids(Connection connection, SqlStatement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static Long firstId(Connection connection, SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = statement.prepare(connection); ResultSet rows = prepared.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
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
