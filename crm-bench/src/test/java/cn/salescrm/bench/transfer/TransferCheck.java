package cn.salescrm.bench.transfer;

import javax.sql.DataSource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Counts lost updates after the transfers: applied cases whose customer does not show exactly
 * the expected result. A case counts as lost when the owner is not its new owner, the sharer has
 * no share, the owner has a share of its own customer, or the customer has other than one
 * TRANSFERRED and one SHARE_ADDED audit event.
 */
final class TransferCheck {

    private final DataSource dataSource;

    TransferCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the number of applied cases whose result is missing or wrong. */
    long lostUpdates(List<TransferCase> applied) throws SQLException {
        Long[] customers = applied.stream().map(TransferCase::customerId).toArray(Long[]::new);
        Long[] owners = applied.stream().map(TransferCase::newOwnerId).toArray(Long[]::new);
        Long[] sharers = applied.stream().map(TransferCase::sharerId).toArray(Long[]::new);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT COUNT(*) FROM unnest(?, ?, ?) AS e(customer_id, owner_id, sharer_id)
                     JOIN customer c ON c.id = e.customer_id
                     WHERE c.owner_id <> e.owner_id
                        OR NOT EXISTS (SELECT 1 FROM customer_share s
                                       WHERE s.customer_id = c.id AND s.salesperson_id = e.sharer_id)
                        OR EXISTS (SELECT 1 FROM customer_share s
                                   WHERE s.customer_id = c.id AND s.salesperson_id = c.owner_id)
                        OR (SELECT COUNT(*) FROM audit_event a
                            WHERE a.customer_id = c.id AND a.event_type = 'TRANSFERRED') <> 1
                        OR (SELECT COUNT(*) FROM audit_event a
                            WHERE a.customer_id = c.id AND a.event_type = 'SHARE_ADDED') <> 1""")) {
            statement.setArray(1, array(connection, customers));
            statement.setArray(2, array(connection, owners));
            statement.setArray(3, array(connection, sharers));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long wrong = row.getLong(1);
                return wrong + applied.size() - found(connection, customers);
            }
        }
    }

    /** Returns the number of customers in the whole table that list their owner as a sharer. */
    long ownersSharingTheirCustomer() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT COUNT(*) FROM customer_share s JOIN customer c ON c.id = s.customer_id
                     WHERE s.salesperson_id = c.owner_id""");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long found(Connection connection, Long[] customers) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM customer WHERE id = ANY (?)")) {
            statement.setArray(1, array(connection, customers));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Array array(Connection connection, Long[] values) throws SQLException {
        return connection.createArrayOf("bigint", values);
    }
}
