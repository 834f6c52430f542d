package cn.salescrm.bench.bulk;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares the bulk transfer: makes the active salesperson with the highest id the owner of
 * exactly the requested number of customers (the generator spreads customers evenly, about 2,000 each
 * at 1,000,000 customers and 500 salespeople) and picks the receivers.
 */
final class BulkSource {

    private final DataSource dataSource;

    BulkSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the id of the active salesperson with a login and the highest id. */
    long sourceId() throws SQLException {
        return activeSalespeople().get(0);
    }

    /** Returns {@code count} active salespeople other than the source and {@code sales01}. */
    List<Long> receivers(long sourceId, int count) throws SQLException {
        List<Long> receivers = new ArrayList<>();
        for (long id : activeSalespeople()) {
            if (id != sourceId && id != 1 && receivers.size() < count) {
                receivers.add(id);
            }
        }
        return receivers;
    }

    /**
     * Gives the source the customers with the lowest ids that it does not own until it owns
     * {@code target}, with its merchandiser, and removes its shares of its own customers. Customers
     * of {@code sales01} (salesperson 1) stay where they are. Returns the customers it owns then.
     */
    long giveCustomers(long sourceId, int target) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long owned = ownedBy(connection, sourceId);
            if (owned < target) {
                try (PreparedStatement update = connection.prepareStatement("""
                        UPDATE customer SET owner_id = s.id, merchandiser_id = s.merchandiser_id
                        FROM salesperson s
                        WHERE s.id = ? AND customer.id IN (
                            SELECT id FROM customer WHERE owner_id <> ? AND owner_id <> 1 ORDER BY id LIMIT ?)""")) {
                    update.setLong(1, sourceId);
                    update.setLong(2, sourceId);
                    update.setLong(3, target - owned);
                    update.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("""
                    DELETE FROM customer_share s USING customer c
                    WHERE s.customer_id = c.id AND c.owner_id = s.salesperson_id AND s.salesperson_id = ?""")) {
                delete.setLong(1, sourceId);
                delete.executeUpdate();
            }
            return ownedBy(connection, sourceId);
        }
    }

    /** Returns the number of customers the salesperson owns. */
    long ownedBy(long salespersonId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ownedBy(connection, salespersonId);
        }
    }

    private static long ownedBy(Connection connection, long salespersonId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM customer WHERE owner_id = ?")) {
            count.setLong(1, salespersonId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private List<Long> activeSalespeople() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM salesperson WHERE active AND login_name IS NOT NULL ORDER BY id DESC");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
