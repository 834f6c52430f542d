package cn.salescrm.it.transfer;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A transfer whose follow-up or audit event cannot be written changes nothing. The failure is real:
 * the test adds a check constraint that rejects one marked text, and the database refuses the row.
 */
@ExtendWith(ArquillianExtension.class)
class TransferRollbackIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferRollbackIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;

    private String prefix;
    private String code;
    private long customerId;
    private long ownerId;
    private long sharerId;

    @BeforeEach
    void createWorld() {
        prefix = TestCodes.uniquePrefix();
        ownerId = data.salesperson(prefix + "A", "回滚甲", TestUsers.SALES_1, null);
        sharerId = data.salesperson(prefix + "B", "回滚乙", TestUsers.SALES_2, null);
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "回滚测试客户", ownerId));
    }

    @Test
    void failedFollowUpLeavesOwner() {
        String probe = "探针" + prefix;
        long receiver = data.salesperson(prefix + "R", probe, null, null);
        String constraint = constraintName("fu");
        data.alterSchema("ALTER TABLE follow_up ADD CONSTRAINT " + constraint
                + " CHECK (content NOT LIKE '%" + probe + "%')");
        try {
            assertThrows(Exception.class, () -> submitAsManager(transferWithShare(receiver, "正常理由")));
        } finally {
            data.alterSchema("ALTER TABLE follow_up DROP CONSTRAINT " + constraint);
        }

        assertNothingChanged();
    }

    @Test
    void failedAuditEventLeavesOwner() {
        String probe = "探针" + prefix;
        long receiver = data.salesperson(prefix + "R", "回滚丙", null, null);
        String constraint = constraintName("ae");
        data.alterSchema("ALTER TABLE audit_event ADD CONSTRAINT " + constraint
                + " CHECK (reason IS NULL OR reason NOT LIKE '%" + probe + "%')");
        try {
            assertThrows(Exception.class, () -> submitAsManager(transferWithShare(receiver, "理由 " + probe)));
        } finally {
            data.alterSchema("ALTER TABLE audit_event DROP CONSTRAINT " + constraint);
        }

        assertNothingChanged();
    }

    @Test
    void sameTransferSucceedsWithoutConstraint() throws Exception {
        long receiver = data.salesperson(prefix + "R", "探针" + prefix, null, null);

        submitAsManager(transferWithShare(receiver, "理由 探针" + prefix));

        assertEquals(receiver, data.ownerId(customerId));
        assertEquals(List.of(sharerId), data.sharerIds(customerId));
        assertEquals(1, data.systemFollowUpCount(customerId));
        assertEquals(1, data.auditCount(customerId, AuditEventType.TRANSFERRED));
    }

    private void assertNothingChanged() {
        assertEquals(ownerId, data.ownerId(customerId));
        assertEquals(List.of(), data.sharerIds(customerId));
        assertEquals(0, data.systemFollowUpCount(customerId));
        assertEquals(0, data.auditCount(customerId, AuditEventType.TRANSFERRED));
        assertEquals(0, data.auditCount(customerId, AuditEventType.SHARE_ADDED));
        assertEquals(0, data.requestCount(customerId, RequestStatus.APPROVED));
        assertEquals(0, data.notificationCount(TestUsers.SALES_2, customerId, NotificationType.SHARED_WITH_YOU));
    }

    private TransferChange transferWithShare(long receiver, String reason) {
        return new TransferChange(data.version(customerId), receiver, List.of(new TransferChange.Sharer(sharerId, null)),
                false, null, reason);
    }

    private Object submitAsManager(TransferChange change) throws Exception {
        return RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, change));
    }

    private String constraintName(String table) {
        return ("ck_probe_" + table + "_" + prefix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
