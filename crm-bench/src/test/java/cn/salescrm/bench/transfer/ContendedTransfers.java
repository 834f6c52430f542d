package cn.salescrm.bench.transfer;

import cn.salescrm.bench.support.DemoLogin;
import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import org.wildfly.security.auth.server.SecurityIdentity;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many callers transferring the same few customers at once, each submit carrying the version it
 * just read, as a form would. A submit either applies or is rejected as stale. Afterwards each
 * applied submit must have one approved request and one TRANSFERRED audit event. No two approved
 * requests may carry the same customer version, because the later one would overwrite a change its
 * caller never saw. The owner must be the new owner of the last approved request. Each difference
 * counts as a lost update.
 */
final class ContendedTransfers {

    private final DataSource dataSource;
    private final TransferService transferService;
    private final SecurityIdentity manager;
    private final List<Long> salespeople;

    ContendedTransfers(DataSource dataSource, TransferService transferService, SecurityIdentity manager,
                       List<Long> salespeople) {
        this.dataSource = dataSource;
        this.transferService = transferService;
        this.manager = manager;
        this.salespeople = salespeople;
    }

    /** Runs {@code attempts} submits spread over the customers on the threads and checks the result. */
    Result run(ConcurrentRun<Integer> runner, List<TransferCase> customers, int threads, int attempts)
            throws Exception {
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int[] applied = new int[customers.size()];
        List<Integer> attemptNumbers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            attemptNumbers.add(i);
        }
        runner.run(attemptNumbers, threads, attempt -> {
            int index = attempt % customers.size();
            TransferCase customer = customers.get(index);
            long[] ownerAndVersion = read(customer.customerId());
            long newOwner = otherThan(ownerAndVersion[0], attempt);
            try {
                SubmitOutcome outcome = DemoLogin.call(manager, () -> transferService.submit(customer.customerCode(),
                        new TransferChange(ownerAndVersion[1], newOwner, List.of(), false, null, "并发移交")).outcome());
                if (outcome == SubmitOutcome.APPLIED) {
                    synchronized (applied) {
                        applied[index]++;
                    }
                    return true;
                }
                errors.incrementAndGet();
            } catch (StaleCustomerException e) {
                stale.incrementAndGet();
            } catch (RuntimeException e) {
                errors.incrementAndGet();
            }
            return false;
        });
        long lost = 0;
        int appliedTotal = 0;
        for (int i = 0; i < customers.size(); i++) {
            lost += lostUpdates(customers.get(i).customerId(), applied[i]);
            appliedTotal += applied[i];
        }
        return new Result(attempts, appliedTotal, stale.get(), errors.get(), lost);
    }

    private long otherThan(long owner, int attempt) {
        long candidate = salespeople.get(attempt % salespeople.size());
        return candidate != owner ? candidate : salespeople.get((attempt + 1) % salespeople.size());
    }

    private long[] read(long customerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT owner_id, version FROM customer WHERE id = ?")) {
            statement.setLong(1, customerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** Returns the differences between the customer's rows and the number of applied submits. */
    private long lostUpdates(long customerId, int applied) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT (SELECT COUNT(*) FROM audit_event a
                             WHERE a.customer_id = c.id AND a.event_type = 'TRANSFERRED'),
                            (SELECT COUNT(*) FROM transfer_request r
                             WHERE r.customer_id = c.id AND r.status = 'APPROVED'),
                            (SELECT COUNT(DISTINCT r.customer_version) FROM transfer_request r
                             WHERE r.customer_id = c.id AND r.status = 'APPROVED'),
                            c.owner_id = (SELECT r.new_owner_id FROM transfer_request r
                                          WHERE r.customer_id = c.id AND r.status = 'APPROVED'
                                          ORDER BY r.customer_version DESC LIMIT 1)
                     FROM customer c WHERE c.id = ?""")) {
            statement.setLong(1, customerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long events = row.getLong(1);
                long requests = row.getLong(2);
                long distinctVersions = row.getLong(3);
                boolean ownerIsLastNewOwner = applied == 0 || row.getBoolean(4);
                return Math.abs(events - applied) + Math.abs(requests - applied) + (requests - distinctVersions)
                        + (ownerIsLastNewOwner ? 0 : 1);
            }
        }
    }

    /** Submits made, applied, rejected as stale, failed otherwise, and the lost updates found. */
    record Result(int attempts, int applied, int stale, int errors, long lostUpdates) {
    }
}
