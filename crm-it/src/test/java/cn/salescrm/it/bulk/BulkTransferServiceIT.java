package cn.salescrm.it.bulk;

import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkJobStatus;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.bulk.BulkItemRow;
import cn.salescrm.service.bulk.BulkJobCreator;
import cn.salescrm.service.bulk.BulkJobResumer;
import cn.salescrm.service.bulk.BulkJobView;
import cn.salescrm.service.bulk.BulkSelection;
import cn.salescrm.service.bulk.BulkTransferOrder;
import cn.salescrm.service.bulk.BulkTransferService;
import cn.salescrm.service.bulk.BulkTransferWorker;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Bulk transfer through the EJB against the real server: rights, checks, the split, shares,
 * skipped and failed customers, notices, rows equal to a single transfer's, and a job of 10,000
 * customers interrupted and resumed.
 * S (tsales1) is the leaving salesperson; B, C and D (tsales2..4) receive or share customers.
 */
@ExtendWith(ArquillianExtension.class)
class BulkTransferServiceIT {

    /** Upper bound on waiting for a job in the background; a safety net, not a performance check. */
    private static final long WAIT_MILLIS = 15 * 60 * 1000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BulkTransferServiceIT.class, BulkTestData.class);
    }

    @EJB
    private TestData data;
    @EJB
    private BulkTestData bulkData;
    @EJB
    private BulkTransferService service;
    @EJB
    private BulkJobCreator creator;
    @EJB
    private BulkTransferWorker worker;
    @EJB
    private BulkJobResumer resumer;
    @EJB
    private TransferService transfers;

    private String prefix;
    private long source;
    private long salesB;
    private long salesC;
    private long salesD;

    @BeforeEach
    void createPeople() {
        prefix = TestCodes.uniquePrefix();
        source = data.salesperson(prefix + "S", "离职甲", TestUsers.SALES_1, null);
        salesB = data.salesperson(prefix + "B", "接收乙", TestUsers.SALES_2, null);
        salesC = data.salesperson(prefix + "C", "接收丙", TestUsers.SALES_3, null);
        salesD = data.salesperson(prefix + "D", "共享丁", TestUsers.SALES_4, null);
    }

    @Test
    void previewCountsFilteredCustomers() throws Exception {
        data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        data.customer(CustomerSpec.of(prefix + "2", "乙", source).territory(Territory.EAST_CHINA));
        data.customer(CustomerSpec.of(prefix + "3", "丙", source).productLine(1).status(CustomerStatus.DISABLED));
        data.customer(CustomerSpec.of(prefix + "4", "丁", salesB));

        assertEquals(3, preview(BulkSelection.allOf(source)));
        assertEquals(2, preview(new BulkSelection(source, Territory.SOUTH_CHINA, null, null, null)));
        assertEquals(1, preview(new BulkSelection(source, null, data.productLineId(1), null, null)));
        assertEquals(1, preview(new BulkSelection(source, null, null, CustomerStatus.DISABLED, null)));
    }

    @Test
    void otherRolesAreRefused() {
        data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        for (String login : List.of(TestUsers.SALES_1, TestUsers.MERCHANDISER, TestUsers.ADMIN)) {
            Exception preview = assertThrows(Exception.class,
                    () -> RunAs.user(login, () -> service.preview(BulkSelection.allOf(source))));
            assertInstanceOf(EJBAccessException.class, preview, login);
            Exception start = assertThrows(Exception.class,
                    () -> RunAs.user(login, () -> service.start(order(List.of(salesB), true))));
            assertInstanceOf(EJBAccessException.class, start, login);
            Exception jobs = assertThrows(Exception.class, () -> RunAs.user(login, () -> service.recentJobs(5)));
            assertInstanceOf(EJBAccessException.class, jobs, login);
        }
        assertEquals(0, bulkData.jobCount(source));
    }

    @Test
    void invalidOrdersChangeNothing() {
        data.customer(CustomerSpec.of(prefix + "1", "甲", source));

        assertEquals("bulk.receivers.required", rejectedKey(order(List.of(), true)));
        assertEquals("bulk.receivers.isSource", rejectedKey(order(List.of(salesB, source), true)));
        assertEquals("bulk.receivers.invalid", rejectedKey(order(List.of(-1L), true)));
        assertEquals("validation.required",
                rejectedKey(new BulkTransferOrder(BulkSelection.allOf(null), List.of(salesB), true)));
        assertEquals("bulk.source.invalid",
                rejectedKey(new BulkTransferOrder(BulkSelection.allOf(-1L), List.of(salesB), true)));
        assertEquals("bulk.noCustomers", rejectedKey(new BulkTransferOrder(
                new BulkSelection(source, Territory.OVERSEAS, null, null, null), List.of(salesB), true)));
        assertEquals(0, bulkData.jobCount(source));
        assertEquals(1, bulkData.ownedCount(prefix, source));
    }

    @Test
    void customersAreSplitEvenly() throws Exception {
        for (int i = 0; i < 7; i++) {
            data.customer(CustomerSpec.of(prefix + i, "客户" + i, source));
        }
        long jobId = asManager(() -> service.start(order(List.of(salesB, salesC, salesD), true)));
        BulkJobView job = awaitFinished(jobId);

        assertEquals(BulkJobStatus.COMPLETED, job.status());
        assertEquals(7, job.done());
        assertEquals(100, job.percent());
        assertEquals(3, bulkData.ownedCount(prefix, salesB));
        assertEquals(2, bulkData.ownedCount(prefix, salesC));
        assertEquals(2, bulkData.ownedCount(prefix, salesD));
        assertEquals(0, bulkData.ownedCount(prefix, source));
        assertEquals(0, bulkData.customersWithoutOneSystemFollowUp(jobId));
        assertEquals(0, bulkData.customersWithNotifications(jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 3 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_2, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 2 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_3, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 2 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_4, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
        assertEquals(List.of(), bulkData.jobNotices(TestUsers.SALES_1, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
        ResultPage<BulkItemRow> items = asManager(() -> service.items(jobId, 0, 5));
        assertEquals(7, items.total());
        assertEquals(5, items.rows().size());
        assertEquals("接收乙", items.rows().get(0).receiverName());
        assertEquals("接收丙", items.rows().get(1).receiverName());
    }

    @Test
    void keptSharesStay() throws Exception {
        long customer = data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        data.share(customer, salesD, null);

        long jobId = asManager(() -> service.start(order(List.of(salesB), true)));
        awaitFinished(jobId);

        assertTrue(bulkData.shared(customer, salesD));
        assertEquals(0, bulkData.auditCount(customer, AuditEventType.SHARE_REMOVED, reasonOf(jobId)));
        assertEquals(1, bulkData.ownedCount(prefix, salesB));
    }

    @Test
    void droppedSharesAreRemovedAndAudited() throws Exception {
        long customer = data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        data.share(customer, salesD, null);
        data.share(customer, salesB, null);

        long jobId = asManager(() -> service.start(order(List.of(salesB), false)));
        awaitFinished(jobId);

        assertFalse(bulkData.shared(customer, salesD));
        assertFalse(bulkData.shared(customer, salesB));
        assertEquals(1, bulkData.auditCount(customer, AuditEventType.SHARE_REMOVED, reasonOf(jobId)));
        assertEquals(1, bulkData.auditCount(customer, AuditEventType.TRANSFERRED, reasonOf(jobId)));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 1 个客户已取消与您的共享"),
                bulkData.jobNotices(TestUsers.SALES_4, NotificationType.BULK_SHARES_REMOVED, jobId));
        assertEquals(List.of(), bulkData.jobNotices(TestUsers.SALES_2, NotificationType.BULK_SHARES_REMOVED, jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 1 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_2, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
    }

    @Test
    void bulkRowsEqualSingleTransfer() throws Exception {
        long merchandiser = data.merchandiser(prefix + "M", "跟单戊", null);
        long receiver = data.salesperson(prefix + "R", "接收戊", null, merchandiser);
        long single = data.customer(CustomerSpec.of(prefix + "1", "单个移交", source));
        long bulk = data.customer(CustomerSpec.of(prefix + "2", "批量移交", source));
        for (long customer : List.of(single, bulk)) {
            data.share(customer, salesD, null);
            data.share(customer, receiver, null);
        }
        TransferChange change = new TransferChange(data.version(single), receiver, List.of(), false, null, "单个");
        asManager(() -> transfers.submit(prefix + "1", change));

        long jobId = asManager(() -> creator.create(order(List.of(receiver), false)));
        worker.processChunks(jobId, 10);

        assertEquals(1, asManager(() -> service.job(jobId)).done());
        List<String> followUps = bulkData.systemFollowUps(bulk);
        assertEquals(1, followUps.size());
        assertTrue(followUps.get(0).matches(
                "\\d{4}-\\d{2}-\\d{2}\\|SYSTEM\\|\\d{4}-\\d{2}-\\d{2} 客户移交给 接收戊, 取消共享 共享丁（审批人: .+）\\|.+"),
                followUps.get(0));
        assertEquals(bulkData.systemFollowUps(single), followUps);
        assertEquals(bulkData.auditEvents(single), bulkData.auditEvents(bulk));
        assertEquals(2, bulkData.auditEvents(bulk).size());
        assertEquals(bulkData.transferRequests(single), bulkData.transferRequests(bulk));
        assertEquals(bulkData.customerState(single), bulkData.customerState(bulk));
        assertEquals(receiver + "|" + merchandiser + "|2|" + TestUsers.MANAGER, bulkData.customerState(bulk));
        assertEquals(List.of(), data.sharerIds(bulk));
        assertEquals(1, bulkData.transferInstants(bulk).size());
        assertEquals(1, bulkData.transferInstants(single).size());
        assertEquals(1, data.notificationCount(TestUsers.SALES_4, single, NotificationType.SHARE_REMOVED));
        assertEquals(0, data.notificationCount(TestUsers.SALES_4, bulk, NotificationType.SHARE_REMOVED));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 1 个客户已取消与您的共享"),
                bulkData.jobNotices(TestUsers.SALES_4, NotificationType.BULK_SHARES_REMOVED, jobId));
    }

    @Test
    void inactiveReceiverFailsItsCustomers() throws Exception {
        long first = data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        long second = data.customer(CustomerSpec.of(prefix + "2", "乙", source));
        long jobId = asManager(() -> creator.create(order(List.of(salesB, salesC), true)));
        data.deactivate(salesC);

        worker.processChunks(jobId, 10);

        BulkJobView job = asManager(() -> service.job(jobId));
        assertEquals(BulkJobStatus.COMPLETED, job.status());
        assertEquals(1, job.done());
        assertEquals(1, job.failed());
        assertEquals(0, job.skipped());
        assertEquals(salesB, data.ownerId(first));
        assertEquals(source, data.ownerId(second));
        assertEquals("bulk.item.receiverInactive", bulkData.itemMessage(jobId, second));
        assertEquals(0, bulkData.auditCount(second, AuditEventType.TRANSFERRED, reasonOf(jobId)));
        assertEquals(List.of(), bulkData.transferRequests(second));
        assertEquals(List.of(), bulkData.systemFollowUps(second));
        assertEquals(List.of(), bulkData.jobNotices(TestUsers.SALES_3, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
    }

    @Test
    void failingCustomerIsMarkedFailedAlone() throws Exception {
        String probe = "探针" + prefix;
        long prober = data.salesperson(prefix + "P", probe, null, null);
        List<Long> customers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            customers.add(data.customer(CustomerSpec.of(prefix + i, "客户" + i, source)));
        }
        long failing = customers.get(4);
        data.share(failing, prober, null);
        long jobId = asManager(() -> creator.create(order(List.of(salesB), false)));
        String constraint = "ck_bulk_" + prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        data.alterSchema("ALTER TABLE follow_up ADD CONSTRAINT " + constraint
                + " CHECK (content NOT LIKE '%" + probe + "%')");
        try {
            worker.processChunks(jobId, 100);
        } finally {
            data.alterSchema("ALTER TABLE follow_up DROP CONSTRAINT " + constraint);
        }

        BulkJobView job = asManager(() -> service.job(jobId));
        assertEquals(BulkJobStatus.COMPLETED, job.status());
        assertEquals(6, job.done());
        assertEquals(1, job.failed());
        assertEquals("bulk.item.failed", bulkData.itemMessage(jobId, failing));
        assertEquals(source, data.ownerId(failing));
        assertEquals(List.of(prober), data.sharerIds(failing));
        assertEquals(List.of(), bulkData.transferRequests(failing));
        assertEquals(6, bulkData.ownedCount(prefix, salesB));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 6 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_2, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
    }

    @Test
    void customerThatLeftSourceIsSkipped() throws Exception {
        data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        long moved = data.customer(CustomerSpec.of(prefix + "2", "乙", source));
        data.customer(CustomerSpec.of(prefix + "3", "丙", source));
        long jobId = asManager(() -> creator.create(order(List.of(salesB), true)));
        data.transfer(moved, salesD);

        worker.processChunks(jobId, 10);

        BulkJobView job = asManager(() -> service.job(jobId));
        assertEquals(BulkJobStatus.COMPLETED, job.status());
        assertEquals(2, job.done());
        assertEquals(1, job.skipped());
        assertEquals(1, bulkData.itemCount(jobId, BulkItemStatus.SKIPPED));
        assertEquals(TestUsers.SALES_4 + "/-", data.ownerAndMerchandiser(moved));
        assertEquals(0, bulkData.auditCount(moved, AuditEventType.TRANSFERRED, reasonOf(jobId)));
        BulkItemRow skipped = asManager(() -> service.items(jobId, 1, 1)).rows().get(0);
        assertEquals(BulkItemStatus.SKIPPED, skipped.status());
        assertEquals("bulk.item.ownerChanged", skipped.messageKey());
    }

    @Test
    void secondJobForRunningSourceIsRejected() throws Exception {
        data.customer(CustomerSpec.of(prefix + "1", "甲", source));
        long first = asManager(() -> creator.create(order(List.of(salesB), true)));

        assertEquals("bulk.job.running", rejectedKey(order(List.of(salesC), true)));

        worker.processChunks(first, 10);
        assertEquals(BulkJobStatus.COMPLETED, asManager(() -> service.job(first)).status());
        assertEquals(1, bulkData.jobCount(source));
    }

    @Test
    void tenThousandCustomersInterruptedAndResumed() throws Exception {
        int count = 10_000;
        String codePrefix = prefix + "K";
        data.bulkCustomers(codePrefix, source, count);
        List<Long> receivers = List.of(salesB, salesC, salesD);

        long startNanos = System.nanoTime();
        long jobId = asManager(() -> creator.create(order(receivers, false)));
        long createdNanos = System.nanoTime();

        int firstRun = worker.processChunks(jobId, 1);
        assertEquals(1, firstRun);
        BulkJobView interrupted = asManager(() -> service.job(jobId));
        assertEquals(BulkJobStatus.RUNNING, interrupted.status());
        assertEquals(BulkTransferWorker.CHUNK_SIZE, interrupted.done());
        assertEquals(count - BulkTransferWorker.CHUNK_SIZE, bulkData.itemCount(jobId, BulkItemStatus.PENDING));

        // Resume as a restart does, while a second worker works on the same job as another server would.
        assertTrue(resumer.resumeRunningJobs() >= 1);
        worker.processChunks(jobId, Integer.MAX_VALUE);
        BulkJobView job = awaitFinished(jobId);
        long endNanos = System.nanoTime();

        System.out.printf("Bulk transfer of %d customers: job created in %d ms, transferred in %d ms, total %d ms%n",
                count, (createdNanos - startNanos) / 1_000_000, (endNanos - createdNanos) / 1_000_000,
                (endNanos - startNanos) / 1_000_000);

        assertEquals(BulkJobStatus.COMPLETED, job.status());
        assertEquals(count, job.total());
        assertEquals(count, job.done());
        assertEquals(0, job.failed());
        assertEquals(0, job.skipped());
        assertEquals(count, bulkData.itemCount(jobId, BulkItemStatus.DONE));
        assertEquals(0, bulkData.ownedCount(codePrefix, source));
        assertEquals(3334, bulkData.ownedCount(codePrefix, salesB));
        assertEquals(3333, bulkData.ownedCount(codePrefix, salesC));
        assertEquals(3333, bulkData.ownedCount(codePrefix, salesD));
        assertEquals(count, bulkData.requestCount(reasonOf(jobId)));
        assertEquals(0, bulkData.customersWithoutOneSystemFollowUp(jobId));
        assertEquals(0, bulkData.customersWithoutOneAuditEvent(jobId, AuditEventType.TRANSFERRED, reasonOf(jobId)));
        assertEquals(0, bulkData.customersWithNotifications(jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 3334 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_2, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
        assertEquals(List.of(reasonOf(jobId) + " 已完成: 3333 个客户已移交给您"),
                bulkData.jobNotices(TestUsers.SALES_3, NotificationType.BULK_TRANSFERRED_TO_YOU, jobId));
    }

    private BulkTransferOrder order(List<Long> receiverIds, boolean keepShares) {
        return new BulkTransferOrder(BulkSelection.allOf(source), new ArrayList<>(receiverIds), keepShares);
    }

    private long preview(BulkSelection selection) throws Exception {
        return asManager(() -> service.preview(selection));
    }

    private String rejectedKey(BulkTransferOrder order) {
        Exception thrown = assertThrows(Exception.class, () -> asManager(() -> service.start(order)));
        return assertInstanceOf(ValidationFailedException.class, thrown).messageKey();
    }

    private BulkJobView awaitFinished(long jobId) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            BulkJobView job = asManager(() -> service.job(jobId));
            if (!job.running()) {
                return job;
            }
            Thread.sleep(200);
        }
        return fail("Bulk transfer job " + jobId + " still RUNNING after " + WAIT_MILLIS / 1000 + " s");
    }

    private static String reasonOf(long jobId) {
        return "批量移交 #" + jobId;
    }

    private static <T> T asManager(Callable<T> work) throws Exception {
        return RunAs.user(TestUsers.MANAGER, work);
    }
}
