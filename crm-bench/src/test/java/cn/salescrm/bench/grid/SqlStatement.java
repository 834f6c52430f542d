package cn.salescrm.bench.grid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A SQL statement with its parameters in bind order, as the JDBC driver receives it.
 */
record SqlStatement(String sql, List<Object> parameters) {

    /** Prepares the statement on the connection and binds the parameters with {@code setObject}. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** Returns the statement with every parameter written in as a SQL literal, for EXPLAIN. */
    String inlined() {
        StringBuilder text = new StringBuilder();
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                text.append(literal(parameters.get(parameter++)));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String literal(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
