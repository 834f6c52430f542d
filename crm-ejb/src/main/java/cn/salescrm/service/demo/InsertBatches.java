package cn.salescrm.service.demo;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * JDBC insert batches for all demo tables on one connection whose auto-commit is off.
 * When one table has {@code batchSize} rows pending, every table's batch is executed in
 * {@link DemoTable} order, which keeps foreign keys satisfied. The transaction is committed once
 * at least {@code commitInterval} rows have been executed since the last commit, so memory and
 * transaction size stay bounded however many rows are written.
 */
final class InsertBatches implements AutoCloseable {

    private final Connection connection;
    private final int batchSize;
    private final int commitInterval;
    private final Map<DemoTable, PreparedStatement> statements = new EnumMap<>(DemoTable.class);
    private final long[] rowCounts = new long[DemoTable.values().length];
    private final int[] pendingRows = new int[DemoTable.values().length];
    private long rowsSinceCommit;

    InsertBatches(Connection connection, int batchSize, int commitInterval) {
        this.connection = connection;
        this.batchSize = batchSize;
        this.commitInterval = commitInterval;
    }

    /**
     * Adds one row to the table's batch. Values bind in column order, and a null binds as SQL
     * NULL of the column's type.
     */
    void insert(DemoTable table, Object... values) throws SQLException {
        if (values.length != table.columnCount()) {
            throw new IllegalArgumentException(table.tableName() + " takes " + table.columnCount()
                    + " values, got " + values.length);
        }
        PreparedStatement statement = statement(table);
        bind(statement, table, values);
        statement.addBatch();

        rowCounts[table.ordinal()]++;
        if (++pendingRows[table.ordinal()] >= batchSize) {
            flush();
        }
    }

    /** Returns the number of rows added to the table so far, which is also its highest id. */
    long rowCount(DemoTable table) {
        return rowCounts[table.ordinal()];
    }

    /** Executes every pending batch in foreign key order, then commits if the interval is reached. */
    void flush() throws SQLException {
        for (DemoTable table : DemoTable.values()) {
            executePending(table);
        }
        if (rowsSinceCommit >= commitInterval) {
            commit();
        }
    }

    /** Executes every pending batch and commits. */
    void flushAndCommit() throws SQLException {
        for (DemoTable table : DemoTable.values()) {
            executePending(table);
        }
        commit();
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private PreparedStatement statement(DemoTable table) throws SQLException {
        PreparedStatement statement = statements.get(table);
        if (statement == null) {
            statement = connection.prepareStatement(table.insertSql());
            statements.put(table, statement);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, DemoTable table, Object[] values)
            throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int parameterIndex = i + 1;
            if (values[i] == null) {
                statement.setNull(parameterIndex, table.sqlType(parameterIndex));
            } else {
                statement.setObject(parameterIndex, values[i]);
            }
        }
    }

    private void executePending(DemoTable table) throws SQLException {
        int pending = pendingRows[table.ordinal()];
        if (pending == 0) {
            return;
        }
        try {
            statements.get(table).executeBatch();
        } catch (BatchUpdateException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new SQLException("Batch insert into " + table.tableName() + " failed: "
                    + cause.getMessage(), cause.getSQLState(), e);
        }
        pendingRows[table.ordinal()] = 0;
        rowsSinceCommit += pending;
    }

    private void commit() throws SQLException {
        connection.commit();
        rowsSinceCommit = 0;
    }
}
