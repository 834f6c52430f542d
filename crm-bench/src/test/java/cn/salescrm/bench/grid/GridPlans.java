package cn.salescrm.bench.grid;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Runs {@code EXPLAIN (ANALYZE, BUFFERS)} of a grid request's count and page statements with the
 * same bound parameters and formats the plans as Markdown.
 */
final class GridPlans {

    private final DataSource dataSource;

    GridPlans(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns a Markdown section with the request's two statements and their plans. */
    String explain(GridCaller caller, GridQuery query, Instant now) throws SQLException {
        List<Long> shared;
        try (Connection connection = dataSource.getConnection()) {
            shared = PlainGrid.sharedIds(connection, caller, now);
        }
        SqlStatement count = GridSql.countedIds(caller, shared, query.filter());
        SqlStatement page = GridSql.page(caller, shared, query.filter(), query.sort(), query.first(),
                query.pageSize());
        return "### " + query.login() + ": " + query.label() + "\n\n"
                + block("Count (ids up to the limit)", count) + block("Page", page);
    }

    private String block(String title, SqlStatement statement) throws SQLException {
        StringBuilder text = new StringBuilder();
        text.append(title).append(":\n\n```sql\n").append(statement.inlined()).append("\n```\n\n```\n");
        SqlStatement explain = new SqlStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql(), statement.parameters());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement prepared = explain.prepare(connection);
             ResultSet rows = prepared.executeQuery()) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        return text.append("```\n\n").toString();
    }
}
