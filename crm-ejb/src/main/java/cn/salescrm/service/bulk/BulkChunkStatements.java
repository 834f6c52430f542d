package cn.salescrm.service.bulk;

import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.service.security.Caller;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set-based SQL of one bulk transfer chunk: each statement handles every customer of the chunk at
 * once, so a customer costs a few rows written instead of a dozen round trips.
 *
 * <p>The chunk is a run of the job's PENDING items in id order. The caller holds the job row lock,
 * so no other worker changes those items while the statements run. An item leaves the chunk when it is
 * marked SKIPPED, FAILED or DONE, and the statements between those steps see only what is left. The
 * items are named by their id range and the customers by one array parameter, so PostgreSQL reaches
 * each row through an index instead of reading a whole table.
 *
 * <p>The SQL runs on H2 2.2 and PostgreSQL 15, all but one statement unchanged: the customer update has
 * a faster form for PostgreSQL. New ids come from the entities' sequences with one {@code nextval} per
 * row. The sequences step by 50, and EclipseLink (allocationSize 50) uses the value it draws and the 49
 * below it. A value drawn here is therefore the top of a block that EclipseLink never hands out, so the
 * ids cannot collide.
 */
final class BulkChunkStatements {

    /** The chunk's items that are still PENDING, as a condition on {@code bulk_transfer_item i}. */
    private static final String CHUNK = "i.job_id = ? AND i.status = ? AND i.id BETWEEN ? AND ?";

    /**
     * Selects the id of the transfer request that the chunk wrote for the item's customer: the job's
     * reason is unique to the job, and a job moves a customer once. A subquery per row keeps PostgreSQL
     * on the customer index, because a join let it start from the reason, whose new value the statistics
     * estimate at one row, and read the job's earlier requests for every chunk.
     */
    private static final String REQUEST_OF_ITEM =
            "(SELECT r.id FROM transfer_request r WHERE r.customer_id = i.customer_id AND r.reason = ?)";

    /** A share of the item's customer held by someone other than the receiver, joined as {@code customer_share s}. */
    private static final String REMOVED_SHARE_OF_ITEM =
            "s.customer_id = i.customer_id AND s.salesperson_id <> i.target_salesperson_id";

    private final Connection connection;
    private final long jobId;
    private final Array customerIds;
    private final long firstItemId;
    private final long lastItemId;
    private final Instant now;
    private final String reason;

    /**
     * {@code itemIds} are the job's first PENDING items in id order, which this chunk processes, and
     * {@code customerIds} their customers.
     */
    BulkChunkStatements(Connection connection, long jobId, List<Long> itemIds, List<Long> customerIds, Instant now)
            throws SQLException {
        this.connection = connection;
        this.jobId = jobId;
        this.customerIds = connection.createArrayOf("BIGINT", customerIds.toArray());
        this.firstItemId = itemIds.get(0);
        this.lastItemId = itemIds.get(itemIds.size() - 1);
        this.now = now;
        this.reason = BulkChunkProcessor.reasonOf(jobId);
    }

    /** Locks the chunk's customer rows in id order, so two chunks that share customers cannot deadlock on them. */
    void lockCustomers() throws SQLException {
        query("SELECT c.id FROM customer c WHERE c.id = ANY(?) ORDER BY c.id FOR UPDATE", row -> null, customerIds);
    }

    /** Marks SKIPPED the items whose customer no longer belongs to the source, and returns how many. */
    int skipCustomersNotOwnedBy(long sourceId, String messageKey) throws SQLException {
        return update("UPDATE bulk_transfer_item i SET status = ?, message = ?, processed_at = ? WHERE " + CHUNK
                        + " AND EXISTS (SELECT 1 FROM customer c WHERE c.id = i.customer_id AND c.owner_id <> ?)",
                BulkItemStatus.SKIPPED.name(), messageKey, now, chunk(), sourceId);
    }

    /** Marks FAILED the items whose receiver is no longer active, and returns how many. */
    int failInactiveReceivers(String messageKey) throws SQLException {
        return update("UPDATE bulk_transfer_item i SET status = ?, message = ?, processed_at = ? WHERE " + CHUNK
                        + " AND EXISTS (SELECT 1 FROM salesperson s WHERE s.id = i.target_salesperson_id"
                        + " AND s.active = FALSE)",
                BulkItemStatus.FAILED.name(), messageKey, now, chunk());
    }

    /**
     * Returns the customers left to transfer, in item order, each with its receiver's name and the names
     * of the other sharers that lose their share (none when {@code keepShares}).
     */
    List<BulkCustomerTransfer> transfers(boolean keepShares) throws SQLException {
        List<BulkCustomerTransfer> transfers = query("SELECT i.customer_id, p.name FROM bulk_transfer_item i"
                        + " JOIN salesperson p ON p.id = i.target_salesperson_id WHERE " + CHUNK + " ORDER BY i.id",
                row -> new BulkCustomerTransfer(row.getLong(1), row.getString(2), new ArrayList<>()), chunk());
        if (!keepShares && !transfers.isEmpty()) {
            addRemovedSharers(transfers);
        }
        return transfers;
    }

    /**
     * Writes one approved transfer request per customer, as {@code TransferRequest} would with version 1,
     * and with its sharer changes when shares are dropped.
     */
    void insertRequests(Caller approver, boolean keepShares) throws SQLException {
        update("""
                        INSERT INTO transfer_request (id, customer_id, customer_version, status, previous_owner_id,
                            new_owner_id, keep_previous_owner, previous_owner_share_until, reason, requested_by_login,
                            requested_by_name, requested_at, decided_by_login, decided_by_name, decided_at,
                            decision_reason, version)
                        SELECT nextval('transfer_request_seq'), c.id, c.version, ?, c.owner_id, i.target_salesperson_id,
                            FALSE, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, 1
                        FROM bulk_transfer_item i JOIN customer c ON c.id = i.customer_id
                        WHERE\s""" + CHUNK + " ORDER BY i.id",
                RequestStatus.APPROVED.name(), reason, approver.login(), approver.displayName(), now,
                approver.login(), approver.displayName(), now, chunk());
        if (!keepShares) {
            update("INSERT INTO request_share_change (id, request_id, salesperson_id, change_type, expires_at)"
                            + " SELECT nextval('request_share_change_seq'), " + REQUEST_OF_ITEM
                            + ", s.salesperson_id, ?, NULL"
                            + " FROM bulk_transfer_item i JOIN customer_share s ON " + REMOVED_SHARE_OF_ITEM
                            + " WHERE " + CHUNK + " ORDER BY i.id, s.id",
                    reason, ShareChangeType.REMOVE.name(), chunk());
        }
    }

    /**
     * Writes the audit events: a TRANSFERRED event per customer, then a SHARE_REMOVED event per removed
     * share, so within a customer the ids follow the order a single transfer writes them in. Runs before
     * {@link #deleteShares} and {@link #transferCustomers}, while the shares and the owners are unchanged.
     */
    void insertAuditEvents(long sourceId, String approverLogin, boolean keepShares) throws SQLException {
        String insert = """
                INSERT INTO audit_event (id, event_type, customer_id, customer_code, previous_salesperson_id,
                    new_salesperson_id, actor_login, approver_login, request_id, reason, detail, occurred_at)
                """;
        update(insert + " SELECT nextval('audit_event_seq'), ?, c.id, c.code, ?, i.target_salesperson_id, ?, ?, "
                        + REQUEST_OF_ITEM + ", ?, NULL, ?"
                        + " FROM bulk_transfer_item i JOIN customer c ON c.id = i.customer_id"
                        + " WHERE " + CHUNK + " ORDER BY i.id",
                AuditEventType.TRANSFERRED.name(), sourceId, approverLogin, approverLogin, reason, reason, now,
                chunk());
        if (!keepShares) {
            update(insert + " SELECT nextval('audit_event_seq'), ?, c.id, c.code, s.salesperson_id, NULL, ?, ?, "
                            + REQUEST_OF_ITEM + ", ?, NULL, ?"
                            + " FROM bulk_transfer_item i JOIN customer c ON c.id = i.customer_id"
                            + " JOIN customer_share s ON " + REMOVED_SHARE_OF_ITEM
                            + " WHERE " + CHUNK + " ORDER BY i.id, s.id",
                    AuditEventType.SHARE_REMOVED.name(), approverLogin, approverLogin, reason, reason, now, chunk());
        }
    }

    /**
     * Deletes the receiver's own share of each customer, as it becomes the owner, and with
     * {@code keepShares} false every other share too.
     */
    void deleteShares(boolean keepShares) throws SQLException {
        String shareOfItem = keepShares
                ? " AND i.customer_id = s.customer_id AND i.target_salesperson_id = s.salesperson_id"
                : " AND i.customer_id = s.customer_id";
        update("DELETE FROM customer_share s WHERE s.customer_id = ANY(?)"
                + " AND EXISTS (SELECT 1 FROM bulk_transfer_item i WHERE " + CHUNK + shareOfItem + ")",
                customerIds, chunk());
    }

    /** Writes one system follow-up per customer with the content given in {@code contents}, in the same order. */
    void insertFollowUps(List<Long> customerIds, List<String> contents, LocalDate day, Caller approver)
            throws SQLException {
        update("""
                        INSERT INTO follow_up (id, customer_id, follow_up_date, method, content, next_step, author_login,
                            author_name, system_generated, created_at)
                        SELECT nextval('follow_up_seq'), t.customer_id, ?, ?, t.content, NULL, ?, ?, TRUE, ?
                        FROM UNNEST(?, ?) AS t(customer_id, content)""",
                day, FollowUpMethod.SYSTEM.name(), approver.login(), approver.displayName(), now,
                connection.createArrayOf("BIGINT", customerIds.toArray()),
                connection.createArrayOf("VARCHAR", contents.toArray()));
    }

    /**
     * Gives each customer to its receiver with the receiver's default merchandiser, as
     * {@code Customer.transferTo} does, and records the change as {@code Customer.markUpdated} and one
     * optimistic-lock increment do. PostgreSQL joins the items in an UPDATE ... FROM, which H2 2.2
     * lacks; there, two correlated subqueries read the same values per customer.
     */
    void transferCustomers(String approverLogin) throws SQLException {
        if (isPostgresql()) {
            update("""
                            UPDATE customer c SET owner_id = i.target_salesperson_id, merchandiser_id = p.merchandiser_id,
                                version = c.version + 1, updated_at = ?, updated_by = ?
                            FROM bulk_transfer_item i JOIN salesperson p ON p.id = i.target_salesperson_id
                            WHERE c.id = i.customer_id AND\s""" + CHUNK,
                    now, approverLogin, chunk());
            return;
        }
        update("""
                        UPDATE customer c SET
                            owner_id = (SELECT i.target_salesperson_id FROM bulk_transfer_item i
                                        WHERE i.job_id = ? AND i.customer_id = c.id),
                            merchandiser_id = (SELECT p.merchandiser_id FROM bulk_transfer_item i
                                               JOIN salesperson p ON p.id = i.target_salesperson_id
                                               WHERE i.job_id = ? AND i.customer_id = c.id),
                            version = c.version + 1, updated_at = ?, updated_by = ?
                        WHERE c.id IN (SELECT i.customer_id FROM bulk_transfer_item i WHERE\s""" + CHUNK + ")",
                jobId, jobId, now, approverLogin, chunk());
    }

    /** Marks the items left DONE and returns how many. */
    int markDone() throws SQLException {
        return update("UPDATE bulk_transfer_item i SET status = ?, message = NULL, processed_at = ? WHERE " + CHUNK,
                BulkItemStatus.DONE.name(), now, chunk());
    }

    private void addRemovedSharers(List<BulkCustomerTransfer> transfers) throws SQLException {
        List<Object[]> sharers = query("SELECT s.customer_id, p.name FROM bulk_transfer_item i"
                        + " JOIN customer_share s ON " + REMOVED_SHARE_OF_ITEM
                        + " JOIN salesperson p ON p.id = s.salesperson_id"
                        + " WHERE " + CHUNK + " ORDER BY s.customer_id, s.id",
                row -> new Object[] {row.getLong(1), row.getString(2)}, chunk());
        Map<Long, BulkCustomerTransfer> byCustomer = new HashMap<>();
        for (BulkCustomerTransfer transfer : transfers) {
            byCustomer.put(transfer.customerId(), transfer);
        }
        for (Object[] sharer : sharers) {
            byCustomer.get((Long) sharer[0]).removedSharerNames().add((String) sharer[1]);
        }
    }

    /**
     * Returns the parameters of {@link #CHUNK}: the chunk's items are the job's PENDING items from its
     * first to its last item id, a range of the index on (job, status, id). Matched by customer id
     * with {@code = ANY(?)}, a prepared statement's generic plan on PostgreSQL compared every PENDING
     * item of the job with every id of the array, in every statement of every chunk.
     */
    private Object[] chunk() {
        return new Object[] {jobId, BulkItemStatus.PENDING.name(), firstItemId, lastItemId};
    }

    private boolean isPostgresql() throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        }
    }

    /**
     * Binds the parameters in order; an {@code Object[]} stands for its elements in turn. An instant is
     * bound as a UTC offset date-time, which both drivers store as that instant in any JVM time zone.
     */
    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Object[] group) {
                for (Object value : group) {
                    statement.setObject(index++, value);
                }
            } else if (parameter instanceof Instant instant) {
                statement.setObject(index++, instant.atOffset(ZoneOffset.UTC));
            } else {
                statement.setObject(index++, parameter);
            }
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
