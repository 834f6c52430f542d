package cn.salescrm.it.transfer;

import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.customer.CustomerEdit;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.followup.FollowUpRow;
import cn.salescrm.service.followup.FollowUpService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.SubmitResult;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transfers and shares through the EJB: direct changes by a manager, requests by the owner with
 * approval, rejection, cancellation and staleness, and the rights that follow.
 * A (tsales1, merchandiser MA) owns the customer; B (tsales2, merchandiser MB) and C (tsales3) are
 * colleagues.
 */
@ExtendWith(ArquillianExtension.class)
class TransferServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferServiceIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private CustomerService customers;
    @EJB
    private FollowUpService followUps;

    private String prefix;
    private String code;
    private long customerId;
    private long salesB;
    private long salesC;

    @BeforeEach
    void createWorld() {
        prefix = TestCodes.uniquePrefix();
        long merchandiserA = data.merchandiser(prefix + "MA", "跟单甲", TestUsers.MERCHANDISER);
        long merchandiserB = data.merchandiser(prefix + "MB", "跟单乙", null);
        long salesA = data.salesperson(prefix + "A", "移交甲", TestUsers.SALES_1, merchandiserA);
        salesB = data.salesperson(prefix + "B", "移交乙", TestUsers.SALES_2, merchandiserB);
        salesC = data.salesperson(prefix + "C", "移交丙", TestUsers.SALES_3, null);
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "移交测试客户", salesA));
    }

    @Test
    void managerTransferTakesEffectAtOnce() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, transferTo(salesB)));

        assertEquals(SubmitOutcome.APPLIED, result.outcome());
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_2));
        assertDenied(TestUsers.SALES_1);
        assertEquals(TestUsers.SALES_2 + "/" + prefix + "MB", data.ownerAndMerchandiser(customerId));
        assertEquals(1, data.auditCount(customerId, AuditEventType.TRANSFERRED));
    }

    @Test
    void transferWritesSystemFollowUp() throws Exception {
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, transferTo(salesB)));

        FollowUpRow first = RunAs.user(TestUsers.SALES_2, () -> followUps.list(code, 0, 5)).rows().get(0);
        assertTrue(first.systemGenerated());
        assertTrue(first.content().contains("客户移交给 移交乙"), first.content());
        assertTrue(first.content().contains("审批人"), first.content());
    }

    @Test
    void ownerRequestWaitsForApproval() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));

        assertEquals(SubmitOutcome.PENDING, result.outcome());
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_1));
        assertEquals(1, data.auditCount(customerId, AuditEventType.REQUEST_CREATED));

        SubmitResult approved = RunAs.user(TestUsers.MANAGER, () -> transfers.approve(result.requestId()));
        assertEquals(SubmitOutcome.APPLIED, approved.outcome());
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_2));
        assertDenied(TestUsers.SALES_1);
    }

    @Test
    void rejectionKeepsOwnerAndNeedsReason() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));

        Exception blank = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> reject(result.requestId(), " ")));
        assertEquals("reason", assertInstanceOf(ValidationFailedException.class, blank).field());

        RunAs.user(TestUsers.MANAGER, () -> reject(result.requestId(), "客户仍由原负责人跟进"));
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_1));
        assertEquals(1, data.auditCount(customerId, AuditEventType.REQUEST_REJECTED));
    }

    @Test
    void rejectionWithLongestReasonNotifiesRequester() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));

        RunAs.user(TestUsers.MANAGER, () -> reject(result.requestId(), "驳".repeat(1000)));

        assertEquals(1, data.auditCount(customerId, AuditEventType.REQUEST_REJECTED));
        assertEquals(1, data.notificationCount(TestUsers.SALES_1, customerId, NotificationType.REQUEST_REJECTED));
    }

    @Test
    void requesterCancelsAndApprovalIsRefusedAfter() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));
        RunAs.user(TestUsers.SALES_1, () -> cancel(result.requestId()));

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.approve(result.requestId())));
        assertEquals("transfer.request.notPending",
                assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void onlyRequesterMayCancel() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_2, () -> cancel(result.requestId())));
        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void changedCustomerMakesRequestStale() throws Exception {
        SubmitResult result = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));
        RunAs.user(TestUsers.MANAGER, () -> customers.update(code, remarkEdit("申请后修改")));

        SubmitResult approval = RunAs.user(TestUsers.MANAGER, () -> transfers.approve(result.requestId()));

        assertEquals(SubmitOutcome.STALE, approval.outcome());
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_1));
        assertEquals(1, data.auditCount(customerId, AuditEventType.REQUEST_STALE));
    }

    @Test
    void secondPendingRequestIsRefused() throws Exception {
        RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferTo(salesB)));

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, shareWith(List.of(salesC)))));
        assertEquals("transfer.pendingExists", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void shareGrantsAndUntickRevokes() throws Exception {
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(List.of(salesC))));
        assertEquals(Relation.SHARER, relationOf(TestUsers.SALES_3));

        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(List.of())));
        assertDenied(TestUsers.SALES_3);
        assertEquals(1, data.auditCount(customerId, AuditEventType.SHARE_ADDED));
        assertEquals(1, data.auditCount(customerId, AuditEventType.SHARE_REMOVED));
    }

    @Test
    void previousOwnerKeptAsSharerOnRequest() throws Exception {
        TransferChange keep = new TransferChange(data.version(customerId), salesB, List.of(), true, null, "交接过渡");
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, keep));

        assertEquals(Relation.SHARER, relationOf(TestUsers.SALES_1));
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_2));
    }

    @Test
    void ownerAsSharerIsRejected() throws Exception {
        long owner = idOfOwner();
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(List.of(owner)))));

        assertEquals("transfer.ownerAsSharer", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void unknownSalespersonIsRejected() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, transferTo(-42L))));

        assertEquals("transfer.salesperson.invalid",
                assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void submitChangingNothingIsRejected() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(List.of()))));

        assertEquals("transfer.noChange", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void sharerMayNotTransfer() throws Exception {
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, shareWith(List.of(salesC))));

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_3, () -> transfers.submit(code, transferTo(salesC))));
        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void merchandiserMayNotCallTransfer() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MERCHANDISER, () -> transfers.submit(code, transferTo(salesB))));

        assertInstanceOf(EJBAccessException.class, thrown);
    }

    private TransferChange transferTo(long salespersonId) {
        return new TransferChange(data.version(customerId), salespersonId, List.of(), false, null, "调整区域");
    }

    private TransferChange shareWith(List<Long> salespeople) {
        return new TransferChange(data.version(customerId), null,
                salespeople.stream().map(id -> new TransferChange.Sharer(id, null)).toList(), false, null, null);
    }

    private CustomerEdit remarkEdit(String remark) {
        return new CustomerEdit(data.version(customerId), "移交测试客户", "移交测试客户", List.of(data.productLineId(0)),
                null, CustomerScale.SMALL, CustomerType.END_USER, BusinessStatus.DEVELOPING, CustomerStatus.APPROVED,
                Territory.SOUTH_CHINA, "深圳市南山区科技园", null, null, remark, List.of());
    }

    private long idOfOwner() throws Exception {
        return RunAs.user(TestUsers.MANAGER, () -> customers.open(code)).customer().getOwner().getId();
    }

    private Object reject(long requestId, String reason) {
        transfers.reject(requestId, reason);
        return null;
    }

    private Object cancel(long requestId) {
        transfers.cancel(requestId);
        return null;
    }

    private Relation relationOf(String login) throws Exception {
        return RunAs.user(login, () -> customers.open(code)).relation();
    }

    private void assertDenied(String login) {
        Exception thrown = assertThrows(Exception.class, () -> relationOf(login));
        assertInstanceOf(AccessDeniedException.class, thrown);
    }
}
