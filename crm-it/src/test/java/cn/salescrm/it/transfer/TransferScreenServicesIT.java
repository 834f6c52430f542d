package cn.salescrm.it.transfer;

import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.transfer.AccessExplanation;
import cn.salescrm.service.transfer.HistoryEntry;
import cn.salescrm.service.transfer.RequestView;
import cn.salescrm.service.transfer.SubmitResult;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferForm;
import cn.salescrm.service.transfer.TransferPreview;
import cn.salescrm.service.transfer.TransferQueryService;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services behind the 客户移交共享 tab and the approval page: form, preview, history, the
 * salesperson picker, pending requests, notifications of decisions, and why a user can see a
 * customer. A (tsales1, merchandiser MA) owns the customer; B (tsales2, merchandiser MB) and C
 * (tsales3) are colleagues; tmerch1 is MA.
 */
@ExtendWith(ArquillianExtension.class)
class TransferScreenServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferScreenServicesIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private TransferQueryService queries;
    @EJB
    private DirectoryService directory;

    private String prefix;
    private String code;
    private long customerId;
    private long salesA;
    private long salesB;
    private long salesC;

    @BeforeEach
    void createWorld() {
        prefix = TestCodes.uniquePrefix();
        long merchandiserA = data.merchandiser(prefix + "MA", "界面跟单甲", TestUsers.MERCHANDISER);
        long merchandiserB = data.merchandiser(prefix + "MB", "界面跟单乙", null);
        salesA = data.salesperson(prefix + "A", "界面甲", TestUsers.SALES_1, merchandiserA);
        salesB = data.salesperson(prefix + "B", "界面乙", TestUsers.SALES_2, merchandiserB);
        salesC = data.salesperson(prefix + "C", "界面丙", TestUsers.SALES_3, null);
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "界面测试客户", salesA));
        data.followUp(customerId, TestUsers.SALES_1, "界面甲", "第一次拜访");
        data.followUp(customerId, TestUsers.SALES_1, "界面甲", "第二次拜访");
        data.project(customerId, "32.768kHz 晶振替换");
        data.attachment(customerId, "spec.txt");
    }

    @Test
    void previewDescribesTransfer() throws Exception {
        long versionBefore = data.version(customerId);
        TransferChange change = new TransferChange(versionBefore, salesB,
                List.of(new TransferChange.Sharer(salesC, null)), true, null, "区域调整");

        TransferPreview preview = RunAs.user(TestUsers.SALES_1, () -> transfers.preview(code, change));

        assertEquals("界面甲", preview.previousOwnerName());
        assertEquals("界面乙", preview.newOwnerName());
        assertEquals("界面跟单乙", preview.newMerchandiserName());
        assertTrue(preview.keepPreviousOwner());
        assertEquals(List.of("界面丙"), preview.sharersAdded().stream().map(s -> s.name()).toList());
        assertEquals(2, preview.records().followUps());
        assertEquals(1, preview.records().projects());
        assertEquals(1, preview.records().attachments());
        assertTrue(preview.approvalNeeded());
        assertEquals(versionBefore, data.version(customerId));
        assertEquals(0, data.requestCount(customerId, RequestStatus.PENDING));
    }

    @Test
    void previewOfNoChangeIsRejected() {
        TransferChange change = new TransferChange(data.version(customerId), null, List.of(), false, null, null);

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> transfers.preview(code, change)));

        assertEquals("transfer.noChange", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void pastShareEndIsRejected() {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        TransferChange change = new TransferChange(data.version(customerId), null,
                List.of(new TransferChange.Sharer(salesB, yesterday)), false, null, null);

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, change)));

        assertEquals("transfer.expiry.past", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
        assertEquals(List.of(), data.sharerIds(customerId));
    }

    @Test
    void formShowsPendingRequestToOwner() throws Exception {
        RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, shareWith(salesB)));

        TransferForm form = RunAs.user(TestUsers.SALES_1, () -> queries.form(code));

        assertTrue(form.mayRequest());
        assertEquals(RequestStatus.PENDING, form.pending().status());
        assertEquals(List.of("界面乙"), form.pending().sharersAdded().stream().map(s -> s.name()).toList());
        assertEquals(List.of(), form.shares());
    }

    @Test
    void merchandiserFormHidesRequestAndHistory() throws Exception {
        RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, shareWith(salesB)));

        TransferForm form = RunAs.user(TestUsers.MERCHANDISER, () -> queries.form(code));

        assertFalse(form.mayRequest());
        assertFalse(form.maySeeHistory());
        assertNull(form.pending());
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MERCHANDISER, () -> queries.history(code, 0, 10)));
        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void formShowsShareEnd() throws Exception {
        Instant end = BusinessDays.endOf(BusinessDays.dayOf(Instant.now()).plusDays(30));
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, new TransferChange(data.version(customerId), null,
                List.of(new TransferChange.Sharer(salesB, end)), false, null, null)));

        TransferForm form = RunAs.user(TestUsers.SALES_2, () -> queries.form(code));

        assertEquals(1, form.shares().size());
        assertEquals(end, form.shares().get(0).expiresAt());
        assertFalse(form.mayRequest());
        assertTrue(form.maySeeHistory());
    }

    @Test
    void historyIsNewestFirst() throws Exception {
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(salesC)));
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, new TransferChange(data.version(customerId),
                salesB, List.of(), false, null, "交接")));

        ResultPage<HistoryEntry> history = RunAs.user(TestUsers.SALES_2, () -> queries.history(code, 0, 10));

        List<AuditEventType> types = history.rows().stream().map(HistoryEntry::type).toList();
        assertEquals(3, history.total());
        assertEquals(AuditEventType.SHARE_ADDED, types.get(2));
        assertTrue(types.subList(0, 2).containsAll(List.of(AuditEventType.TRANSFERRED, AuditEventType.SHARE_REMOVED)));
        HistoryEntry transfer = history.rows().stream().filter(row -> row.type() == AuditEventType.TRANSFERRED)
                .findFirst().orElseThrow();
        assertEquals("界面甲", transfer.previousName());
        assertEquals("界面乙", transfer.newName());
        assertEquals("交接", transfer.reason());
    }

    @Test
    void pendingListIsForManagers() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code,
                new TransferChange(data.version(customerId), salesB, List.of(), false, null, "客户搬迁")));

        List<RequestView> pending = pendingOfCustomer();

        RequestView request = pending.stream().filter(row -> row.id() == result.requestId()).findFirst()
                .orElseThrow();
        assertEquals(code, request.customerCode());
        assertEquals("界面乙", request.newOwnerName());
        assertEquals("客户搬迁", request.reason());
        assertFalse(request.customerChanged());
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> queries.pendingRequests(null, 0, 10)));
        assertInstanceOf(EJBAccessException.class, thrown);
    }

    @Test
    void decisionsNotifyRequester() throws Exception {
        SubmitResult first = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, shareWith(salesB)));
        RunAs.user(TestUsers.MANAGER, () -> transfers.approve(first.requestId()));
        SubmitResult second = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code,
                new TransferChange(data.version(customerId), null, List.of(), false, null, null)));
        RunAs.user(TestUsers.MANAGER, () -> {
            transfers.reject(second.requestId(), "暂不取消");
            return null;
        });

        assertEquals(1, data.notificationCount(TestUsers.SALES_1, customerId, NotificationType.REQUEST_APPROVED));
        assertEquals(1, data.notificationCount(TestUsers.SALES_1, customerId, NotificationType.REQUEST_REJECTED));
        assertEquals(1, data.notificationCount(TestUsers.SALES_2, customerId, NotificationType.SHARED_WITH_YOU));
    }

    @Test
    void keptPreviousOwnerIsAuditedAndTold() throws Exception {
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code,
                new TransferChange(data.version(customerId), salesB, List.of(), true, null, "保留原负责人")));

        assertEquals(List.of(salesA), data.sharerIds(customerId));
        assertEquals(1, data.auditCount(customerId, AuditEventType.SHARE_ADDED));
        assertEquals(1, data.notificationCount(TestUsers.SALES_1, customerId, NotificationType.TRANSFERRED_AWAY));
        assertEquals(1, data.notificationCount(TestUsers.SALES_2, customerId, NotificationType.TRANSFERRED_TO_YOU));
    }

    @Test
    void previousOwnerKeptAndTickedIsRejected() {
        TransferChange change = new TransferChange(data.version(customerId), salesB,
                List.of(new TransferChange.Sharer(salesA, null)), true, null, null);

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, change)));

        assertEquals("transfer.previousOwnerTwice",
                assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
        assertEquals(salesA, data.ownerId(customerId));
    }

    @Test
    void explainNamesEachSource() throws Exception {
        SubmitResult share = RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(salesB)));

        AccessExplanation owner = explain(TestUsers.SALES_1);
        AccessExplanation sharer = explain(TestUsers.SALES_2);
        AccessExplanation merchandiser = explain(TestUsers.MERCHANDISER);
        AccessExplanation manager = explain(TestUsers.MANAGER);
        AccessExplanation none = explain(TestUsers.SALES_3);

        assertEquals(Relation.OWNER, owner.relation());
        assertEquals(AccessExplanation.Kind.OWNER, owner.sources().get(0).kind());
        assertEquals(Relation.SHARER, sharer.relation());
        assertEquals(share.requestId(), sharer.sources().get(0).requestId());
        assertEquals(Relation.MERCHANDISER, merchandiser.relation());
        assertEquals(Relation.MANAGER, manager.relation());
        assertEquals(AccessExplanation.Kind.MANAGER, manager.sources().get(0).kind());
        assertEquals(Relation.NONE, none.relation());
        assertEquals(List.of(), none.sources());
    }

    @Test
    void explainIsForManagers() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> queries.explain(code, TestUsers.SALES_2)));

        assertInstanceOf(EJBAccessException.class, thrown);
    }

    @Test
    void pickerSkipsOwnerAndInactive() throws Exception {
        data.deactivate(salesC);

        ResultPage<SalespersonOption> page = RunAs.user(TestUsers.SALES_1,
                () -> directory.pickSalespeople(prefix, salesA, 0, 10));

        assertEquals(List.of(prefix + "B"), page.rows().stream().map(SalespersonOption::code).toList());
        assertEquals(1, page.total());
        assertEquals("界面跟单乙", page.rows().get(0).merchandiserName());
    }

    @Test
    void pickerFiltersByName() throws Exception {
        String name = "筛选" + prefix;
        long named = data.salesperson(prefix + "N", name, null, null);

        ResultPage<SalespersonOption> page = RunAs.user(TestUsers.SALES_1,
                () -> directory.pickSalespeople(name, salesA, 0, 10));

        assertEquals(List.of(named), page.rows().stream().map(SalespersonOption::id).toList());
    }

    @Test
    void pickerTakesPercentLiterally() throws Exception {
        ResultPage<SalespersonOption> page = RunAs.user(TestUsers.SALES_1,
                () -> directory.pickSalespeople("%", salesA, 0, 10));

        assertEquals(0, page.total());
    }

    private List<RequestView> pendingOfCustomer() throws Exception {
        return RunAs.user(TestUsers.MANAGER, () -> queries.pendingRequests(code, 0, 100).rows());
    }

    private AccessExplanation explain(String login) throws Exception {
        return RunAs.user(TestUsers.MANAGER, () -> queries.explain(code, login));
    }

    private TransferChange shareWith(long salespersonId) {
        return new TransferChange(data.version(customerId), null, List.of(new TransferChange.Sharer(salespersonId, null)),
                false, null, null);
    }
}
