package cn.salescrm.bench.transfer;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the customers and salespeople of the transfer benchmark: customers without shares or
 * transfer requests, each moved to an active salesperson other than its owner and shared with a
 * third one, so every transfer makes the same changes.
 */
final class TransferFixture {

    private final DataSource dataSource;

    TransferFixture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns {@code count} cases on distinct customers, taken from the highest customer ids down.
     *
     * @throws IllegalStateException if the database has fewer such customers or salespeople
     */
    List<TransferCase> cases(int count) throws SQLException {
        List<Long> salespeople = activeSalespeopleWithLogin();
        if (salespeople.size() < 3) {
            throw new IllegalStateException("The benchmark needs 3 active salespeople with a login, found "
                    + salespeople.size());
        }
        List<TransferCase> cases = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT c.id, c.code, c.version, c.owner_id FROM customer c
                     WHERE NOT EXISTS (SELECT 1 FROM customer_share s WHERE s.customer_id = c.id)
                       AND NOT EXISTS (SELECT 1 FROM transfer_request r WHERE r.customer_id = c.id)
                     ORDER BY c.id DESC LIMIT ?""")) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                int index = 0;
                while (rows.next()) {
                    long owner = rows.getLong(4);
                    long newOwner = pick(salespeople, index, owner, -1);
                    long sharer = pick(salespeople, index + 1, owner, newOwner);
                    cases.add(new TransferCase(rows.getLong(1), rows.getString(2), rows.getLong(3), newOwner, sharer));
                    index++;
                }
            }
        }
        if (cases.size() < count) {
            throw new IllegalStateException("The benchmark needs " + count + " customers without shares or requests, "
                    + "found " + cases.size() + "; generate more customers");
        }
        return cases;
    }

    /** Returns the ids of active salespeople with a login, in id order. */
    List<Long> activeSalespeopleWithLogin() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id FROM salesperson WHERE active AND login_name IS NOT NULL ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Returns a salesperson from {@code start} on who is neither {@code excluded} nor {@code alsoExcluded}. */
    private static long pick(List<Long> salespeople, int start, long excluded, long alsoExcluded) {
        for (int i = 0; ; i++) {
            long candidate = salespeople.get((start + i) % salespeople.size());
            if (candidate != excluded && candidate != alsoExcluded) {
                return candidate;
            }
        }
    }
}
