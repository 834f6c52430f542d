package cn.salescrm.bench.transfer;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries out a transfer with one share over plain JDBC in one transaction. It writes the rows the
 * service writes for a manager's submit: the customer row (locked, moved to the new owner), the
 * approved request and its share change, the share, the system follow-up, two audit events and
 * two notifications. Ids come from the tables' sequences in blocks of 50, as the JPA layer takes
 * them, so they never collide with ids the server hands out.
 */
final class PlainTransfer {

    private static final String ACTOR = "manager";
    private static final String ACTOR_NAME = "manager";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int SEQUENCE_BLOCK = 50;

    private final DataSource dataSource;

    PlainTransfer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the case and returns true, or returns false (and rolls back) when the customer's
     * version is no longer the case's version.
     */
    boolean apply(TransferCase transfer) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean applied = applyLocked(connection, transfer);
                if (applied) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return applied;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private boolean applyLocked(Connection connection, TransferCase transfer) throws SQLException {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        long previousOwner;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT owner_id, version FROM customer WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, transfer.customerId());
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next() || row.getLong(2) != transfer.version()) {
                    return false;
                }
                previousOwner = row.getLong(1);
            }
        }
        Map<Long, Person> people = people(connection, transfer.newOwnerId(), transfer.sharerId());
        Person newOwner = people.get(transfer.newOwnerId());
        Person sharer = people.get(transfer.sharerId());
        Ids ids = nextIds(connection);

        try (PreparedStatement request = connection.prepareStatement("""
                INSERT INTO transfer_request (id, customer_id, customer_version, status, previous_owner_id,
                    new_owner_id, keep_previous_owner, requested_by_login, requested_by_name, requested_at,
                    decided_by_login, decided_by_name, decided_at, version)
                VALUES (?, ?, ?, 'APPROVED', ?, ?, FALSE, ?, ?, ?, ?, ?, ?, 1)""")) {
            request.setLong(1, ids.request());
            request.setLong(2, transfer.customerId());
            request.setLong(3, transfer.version());
            request.setLong(4, previousOwner);
            request.setLong(5, newOwner.id());
            request.setString(6, ACTOR);
            request.setString(7, ACTOR_NAME);
            request.setObject(8, now);
            request.setString(9, ACTOR);
            request.setString(10, ACTOR_NAME);
            request.setObject(11, now);
            request.executeUpdate();
        }
        try (PreparedStatement change = connection.prepareStatement("""
                INSERT INTO request_share_change (id, request_id, salesperson_id, change_type, expires_at)
                VALUES (?, ?, ?, 'ADD', NULL)""")) {
            change.setLong(1, ids.shareChange());
            change.setLong(2, ids.request());
            change.setLong(3, sharer.id());
            change.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE customer SET owner_id = ?, merchandiser_id = ?, updated_at = ?, updated_by = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")) {
            update.setLong(1, newOwner.id());
            if (newOwner.merchandiserId() == null) {
                update.setNull(2, Types.BIGINT);
            } else {
                update.setLong(2, newOwner.merchandiserId());
            }
            update.setObject(3, now);
            update.setString(4, ACTOR);
            update.setLong(5, transfer.customerId());
            update.setLong(6, transfer.version());
            update.executeUpdate();
        }
        try (PreparedStatement removeOwnerShare = connection.prepareStatement(
                "DELETE FROM customer_share WHERE customer_id = ? AND salesperson_id = ?")) {
            removeOwnerShare.setLong(1, transfer.customerId());
            removeOwnerShare.setLong(2, newOwner.id());
            removeOwnerShare.executeUpdate();
        }
        try (PreparedStatement share = connection.prepareStatement("""
                INSERT INTO customer_share (id, customer_id, salesperson_id, granted_at, granted_by, expires_at,
                    request_id) VALUES (?, ?, ?, ?, ?, NULL, ?)""")) {
            share.setLong(1, ids.share());
            share.setLong(2, transfer.customerId());
            share.setLong(3, sharer.id());
            share.setObject(4, now);
            share.setString(5, ACTOR);
            share.setLong(6, ids.request());
            share.executeUpdate();
        }
        LocalDate day = now.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
        try (PreparedStatement followUp = connection.prepareStatement("""
                INSERT INTO follow_up (id, customer_id, follow_up_date, method, content, author_login, author_name,
                    system_generated, created_at) VALUES (?, ?, ?, 'SYSTEM', ?, ?, ?, TRUE, ?)""")) {
            followUp.setLong(1, ids.followUp());
            followUp.setLong(2, transfer.customerId());
            followUp.setObject(3, day);
            followUp.setString(4, day + " 客户移交给 " + newOwner.name() + ", 共享给 " + sharer.name() + "（审批人: "
                    + ACTOR_NAME + "）");
            followUp.setString(5, ACTOR);
            followUp.setString(6, ACTOR_NAME);
            followUp.setObject(7, now);
            followUp.executeUpdate();
        }
        insertAuditEvents(connection, transfer, ids, previousOwner, newOwner, sharer, now);
        insertNotifications(connection, transfer, ids, newOwner, sharer, now);
        return true;
    }

    private static void insertAuditEvents(Connection connection, TransferCase transfer, Ids ids, long previousOwner,
                                          Person newOwner, Person sharer, OffsetDateTime now) throws SQLException {
        try (PreparedStatement audit = connection.prepareStatement("""
                INSERT INTO audit_event (id, event_type, customer_id, customer_code, previous_salesperson_id,
                    new_salesperson_id, actor_login, approver_login, request_id, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            addAudit(audit, ids.audit(), "TRANSFERRED", transfer, previousOwner, newOwner.id(), ids.request(), now);
            addAudit(audit, ids.audit() + 1, "SHARE_ADDED", transfer, null, sharer.id(), ids.request(), now);
            audit.executeBatch();
        }
    }

    private static void addAudit(PreparedStatement audit, long id, String type, TransferCase transfer,
                                 Long previous, long next, long requestId, OffsetDateTime now) throws SQLException {
        audit.setLong(1, id);
        audit.setString(2, type);
        audit.setLong(3, transfer.customerId());
        audit.setString(4, transfer.customerCode());
        if (previous == null) {
            audit.setNull(5, Types.BIGINT);
        } else {
            audit.setLong(5, previous);
        }
        audit.setLong(6, next);
        audit.setString(7, ACTOR);
        audit.setString(8, ACTOR);
        audit.setLong(9, requestId);
        audit.setObject(10, now);
        audit.addBatch();
    }

    private static void insertNotifications(Connection connection, TransferCase transfer, Ids ids, Person newOwner,
                                            Person sharer, OffsetDateTime now) throws SQLException {
        try (PreparedStatement notification = connection.prepareStatement("""
                INSERT INTO notification (id, recipient_login, notification_type, customer_id, message, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            addNotification(notification, ids.notification(), newOwner.login(), "TRANSFERRED_TO_YOU", transfer,
                    "客户 " + transfer.customerCode() + " 已移交给您", now);
            addNotification(notification, ids.notification() + 1, sharer.login(), "SHARED_WITH_YOU", transfer,
                    "客户 " + transfer.customerCode() + " 已共享给您", now);
            notification.executeBatch();
        }
    }

    private static void addNotification(PreparedStatement notification, long id, String login, String type,
                                        TransferCase transfer, String message, OffsetDateTime now)
            throws SQLException {
        notification.setLong(1, id);
        notification.setString(2, login);
        notification.setString(3, type);
        notification.setLong(4, transfer.customerId());
        notification.setString(5, message);
        notification.setObject(6, now);
        notification.addBatch();
    }

    private static Map<Long, Person> people(Connection connection, long first, long second) throws SQLException {
        Map<Long, Person> people = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, login_name, merchandiser_id FROM salesperson WHERE id IN (?, ?)")) {
            select.setLong(1, first);
            select.setLong(2, second);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long merchandiser = rows.getLong(4);
                    people.put(rows.getLong(1), new Person(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.wasNull() ? null : merchandiser));
                }
            }
        }
        return people;
    }

    /** Takes one sequence block per table and returns the first id of each block. */
    private static Ids nextIds(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT nextval('transfer_request_seq'), nextval('request_share_change_seq'),
                    nextval('customer_share_seq'), nextval('follow_up_seq'), nextval('audit_event_seq'),
                    nextval('notification_seq')""");
             ResultSet row = select.executeQuery()) {
            row.next();
            return new Ids(first(row, 1), first(row, 2), first(row, 3), first(row, 4), first(row, 5), first(row, 6));
        }
    }

    private static long first(ResultSet row, int column) throws SQLException {
        return row.getLong(column) - SEQUENCE_BLOCK + 1;
    }

    private record Person(long id, String name, String login, Long merchandiserId) {
    }

    private record Ids(long request, long shareChange, long share, long followUp, long audit, long notification) {
    }
}
