package cn.salescrm.it.share;

import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditRow;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerQueryService;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.notification.NotificationService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.share.ShareExpiryService;
import cn.salescrm.service.share.ShareExpiryStep;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share expiry: an expired share gives no access even before its row is removed, the removal
 * writes one audit event and one notification however often it runs, and the notice before expiry
 * goes out once per expiry. A (tsales1) owns customer X; B (tsales2) is the sharer.
 *
 * <p>The server's own timer runs every minute as well. Each check therefore looks at the end state
 * (events and notifications written), never at which run did the work.
 */
@ExtendWith(ArquillianExtension.class)
class ShareExpiryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ShareExpiryIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private ShareExpiryService expiry;
    @EJB
    private CustomerService customers;
    @EJB
    private CustomerQueryService grid;
    @EJB
    private AuditService audit;
    @EJB
    private NotificationService notifications;
    @EJB
    private TransferService transfers;

    private String code;
    private long customerId;
    private long salesB;

    @BeforeEach
    void createCustomer() {
        String prefix = TestCodes.uniquePrefix();
        long salesA = data.salesperson(prefix + "A", "到期甲", TestUsers.SALES_1, null);
        salesB = data.salesperson(prefix + "B", "到期乙", TestUsers.SALES_2, null);
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "到期测试客户", salesA));
    }

    @Test
    void expiredShareGivesNoAccessBeforeRemoval() throws Exception {
        data.share(customerId, salesB, Instant.now().minus(Duration.ofMinutes(5)));

        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_2, () -> customers.open(code)));
        assertInstanceOf(AccessDeniedException.class, thrown);
        long visible = RunAs.user(TestUsers.SALES_2,
                () -> grid.search(CustomerFilter.none(), null, 0, 100)).total();
        assertEquals(0, visible);
    }

    @Test
    void removalWritesOneEventAndNotice() throws Exception {
        Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        data.share(customerId, salesB, expiresAt);
        assertEquals(Relation.SHARER, RunAs.user(TestUsers.SALES_2, () -> customers.open(code)).relation());

        Instant later = expiresAt.plus(Duration.ofMinutes(1));
        expiry.expireShares(later);
        expiry.expireShares(later);

        assertEquals(1, data.auditCount(customerId, AuditEventType.SHARE_EXPIRED));
        AuditRow event = expiredEvent();
        assertEquals(ShareExpiryStep.SYSTEM_ACTOR, event.actorLogin());
        assertEquals("到期乙", event.previousSalesperson());
        assertTrue(event.detail().contains("共享到期时间"), event.detail());
        assertEquals(1, noticesOf(NotificationType.SHARE_EXPIRED));
    }

    @Test
    void pastExpiryRemovedOnce() throws Exception {
        data.share(customerId, salesB, Instant.now().minus(Duration.ofMinutes(5)));

        expiry.expireShares(Instant.now());
        expiry.expireShares(Instant.now());

        assertEquals(1, data.auditCount(customerId, AuditEventType.SHARE_EXPIRED));
        assertEquals(1, noticesOf(NotificationType.SHARE_EXPIRED));
    }

    @Test
    void expiringNoticeSentOnce() throws Exception {
        Instant now = Instant.now();
        data.share(customerId, salesB, now.plus(Duration.ofDays(2)));

        expiry.expireShares(now);
        expiry.expireShares(now.plus(Duration.ofHours(1)));

        assertEquals(1, noticesOf(NotificationType.SHARE_EXPIRING));
        assertEquals(0, data.auditCount(customerId, AuditEventType.SHARE_EXPIRED));
        assertEquals(Relation.SHARER, RunAs.user(TestUsers.SALES_2, () -> customers.open(code)).relation());
    }

    @Test
    void noNoticeBeforeThreeDays() throws Exception {
        Instant now = Instant.now();
        data.share(customerId, salesB, now.plus(Duration.ofDays(5)));

        expiry.expireShares(now);
        assertEquals(0, noticesOf(NotificationType.SHARE_EXPIRING));

        expiry.expireShares(now.plus(Duration.ofDays(3)));
        assertEquals(1, noticesOf(NotificationType.SHARE_EXPIRING));
    }

    @Test
    void renewedShareGetsNewNotice() throws Exception {
        Instant now = Instant.now();
        data.share(customerId, salesB, now.plus(Duration.ofDays(2)));
        expiry.expireShares(now);

        TransferChange renew = new TransferChange(data.version(customerId), null,
                List.of(new TransferChange.Sharer(salesB, now.plus(Duration.ofDays(2)).plus(Duration.ofHours(12)))),
                false, null, "延长共享");
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, renew));
        expiry.expireShares(now);

        assertEquals(2, noticesOf(NotificationType.SHARE_EXPIRING));
    }

    private AuditRow expiredEvent() throws Exception {
        AuditFilter filter = new AuditFilter(code, null, AuditEventType.SHARE_EXPIRED, null, null);
        return RunAs.user(TestUsers.MANAGER, () -> audit.search(filter, 0, 10)).rows().get(0);
    }

    private long noticesOf(NotificationType type) throws Exception {
        return RunAs.user(TestUsers.SALES_2, () -> notifications.list(0, 100)).rows().stream()
                .filter(row -> row.type() == type && code.equals(row.customerCode()))
                .count();
    }
}
