package cn.salescrm.it.transfer;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.SubmitResult;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferForm;
import cn.salescrm.service.transfer.TransferQueryService;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Many callers changing one customer at the same moment. The customer row lock makes them run one
 * after the other. The version check then rejects every caller that loaded the old version, so there
 * is one winner. Afterwards the customer has one owner who is not also a sharer, one audit event per
 * applied change, and no lost update.
 */
@ExtendWith(ArquillianExtension.class)
class TransferConcurrencyIT {

    private static final int CALLERS = 16;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferConcurrencyIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private TransferQueryService queries;

    private String code;
    private long customerId;
    private long ownerId;
    private final List<Long> colleagues = new ArrayList<>();

    @BeforeEach
    void createWorld() {
        String prefix = TestCodes.uniquePrefix();
        ownerId = data.salesperson(prefix + "A", "并发甲", TestUsers.SALES_1, null);
        colleagues.clear();
        for (int i = 0; i < CALLERS; i++) {
            colleagues.add(data.salesperson(prefix + "P" + i, "并发同事" + i, null, null));
        }
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "并发测试客户", ownerId));
    }

    @Test
    void simultaneousTransfersHaveOneWinner() throws Exception {
        long version = data.version(customerId);

        List<Object> outcomes = runTogether(CALLERS, i -> () -> transfers.submit(code,
                new TransferChange(version, colleagues.get(i), List.of(), false, null, "并发移交 " + i)));

        assertEquals(1, count(outcomes, SubmitResult.class));
        assertEquals(CALLERS - 1, count(outcomes, StaleCustomerException.class));
        SubmitResult winner = (SubmitResult) outcomes.stream().filter(SubmitResult.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(SubmitOutcome.APPLIED, winner.outcome());
        assertEquals(colleagues.get(outcomes.indexOf(winner)), data.ownerId(customerId));
        assertEquals(1, data.auditCount(customerId, AuditEventType.TRANSFERRED));
        assertEquals(1, data.systemFollowUpCount(customerId));
    }

    @Test
    void ownerIsNeverAlsoSharer() throws Exception {
        long version = data.version(customerId);

        // Half the callers move the customer to a colleague, half share it with that same colleague.
        List<Object> outcomes = runTogether(CALLERS, i -> () -> transfers.submit(code, i % 2 == 0
                ? new TransferChange(version, colleagues.get(i / 2), List.of(), false, null, null)
                : new TransferChange(version, null, List.of(new TransferChange.Sharer(colleagues.get(i / 2), null)),
                        false, null, null)));

        assertEquals(1, count(outcomes, SubmitResult.class));
        long owner = data.ownerId(customerId);
        assertFalse(data.sharerIds(customerId).contains(owner), "the owner " + owner + " is also a sharer");
        long applied = data.auditCount(customerId, AuditEventType.TRANSFERRED)
                + data.auditCount(customerId, AuditEventType.SHARE_ADDED);
        assertEquals(1, applied);
    }

    @Test
    void retriedSharesLoseNoUpdate() throws Exception {
        // Each caller adds one sharer to whatever the form shows, reloading and retrying when it
        // loses to another caller, as a user would after the stale-form message.
        List<Object> outcomes = runTogether(CALLERS, i -> () -> addSharerWithRetry(colleagues.get(i)));

        assertEquals(CALLERS, count(outcomes, SubmitResult.class));
        assertEquals(new HashSet<>(colleagues), new HashSet<>(data.sharerIds(customerId)));
        assertEquals(CALLERS, data.auditCount(customerId, AuditEventType.SHARE_ADDED));
        assertEquals(0, data.auditCount(customerId, AuditEventType.SHARE_REMOVED));
        assertEquals(ownerId, data.ownerId(customerId));
    }

    @Test
    void simultaneousRequestsLeaveOnePending() throws Exception {
        long version = data.version(customerId);

        List<Object> outcomes = runTogether(CALLERS, i -> () -> RunAs.user(TestUsers.SALES_1,
                () -> transfers.submit(code, new TransferChange(version, colleagues.get(i), List.of(), false, null,
                        "并发申请 " + i))), false);

        assertEquals(1, count(outcomes, SubmitResult.class));
        assertEquals(CALLERS - 1, count(outcomes, ValidationFailedException.class));
        assertEquals(1, data.requestCount(customerId, RequestStatus.PENDING));
        assertEquals(1, data.auditCount(customerId, AuditEventType.REQUEST_CREATED));
        assertEquals(ownerId, data.ownerId(customerId));
    }

    @Test
    void sequentialTransfersEachAudited() throws Exception {
        int rounds = 100;
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long target = colleagues.get(i % 2);
            long version = data.version(customerId);
            // The clock runs inside the manager's identity: logging in checks a bcrypt hash, which
            // costs more than the transfer itself.
            nanos[i] = RunAs.user(TestUsers.MANAGER, () -> {
                long start = System.nanoTime();
                transfers.submit(code, new TransferChange(version, target, List.of(), false, null, "轮换 " + target));
                return System.nanoTime() - start;
            });
            assertEquals(target, data.ownerId(customerId));
            assertEquals(version + 1, data.version(customerId), "one transfer writes the customer row once");
        }

        assertEquals(rounds, data.auditCount(customerId, AuditEventType.TRANSFERRED));
        assertEquals(rounds, data.systemFollowUpCount(customerId));
        Arrays.sort(nanos);
        System.out.printf("One transfer through the EJB (%d in a row): p50 %.1f ms, p95 %.1f ms%n", rounds,
                nanos[rounds / 2] / 1e6, nanos[rounds * 95 / 100] / 1e6);
    }

    private SubmitResult addSharerWithRetry(long salespersonId) {
        for (int attempt = 0; attempt < 10 * CALLERS; attempt++) {
            TransferForm form = queries.form(code);
            Stream<TransferChange.Sharer> current = form.shares().stream()
                    .map(share -> new TransferChange.Sharer(share.salespersonId(), share.expiresAt()));
            List<TransferChange.Sharer> sharers = Stream.concat(current,
                    Stream.of(new TransferChange.Sharer(salespersonId, null))).toList();
            try {
                return transfers.submit(code, new TransferChange(form.customerVersion(), null, sharers, false, null,
                        null));
            } catch (StaleCustomerException e) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("Sharing with " + salespersonId + " lost every attempt");
    }

    /** Runs the calls as the manager from many threads released together, and returns each result or exception. */
    private List<Object> runTogether(int callers, CallFactory factory) throws Exception {
        return runTogether(callers, factory, true);
    }

    private List<Object> runTogether(int callers, CallFactory factory, boolean asManager) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<?> call = factory.call(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return asManager ? RunAs.user(TestUsers.MANAGER, call) : call.call();
                    } catch (StaleCustomerException | ValidationFailedException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Object> outcomes, Class<?> type) {
        return outcomes.stream().filter(type::isInstance).count();
    }

    /** Builds the call of the caller with the given number. */
    @FunctionalInterface
    private interface CallFactory {
        Callable<?> call(int caller);
    }
}
