package cn.salescrm.it.notification;

import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.notification.NotificationRow;
import cn.salescrm.service.notification.NotificationService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.support.ResultPage;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications of the logged-in user: count, list, marking read, and that no user reaches another
 * user's notifications. A manager transfers customer X to B (tsales2) and shares customer Y with B.
 * The server's share expiry timer may notify tsales2 at any moment, so checks look at the rows of
 * these two customers and not at the whole list.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(NotificationServiceIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private NotificationService notifications;

    private String codeX;
    private String codeY;

    @BeforeEach
    void notifyB() throws Exception {
        String prefix = TestCodes.uniquePrefix();
        long salesA = data.salesperson(prefix + "A", "通知甲", TestUsers.SALES_1, null);
        long salesB = data.salesperson(prefix + "B", "通知乙", TestUsers.SALES_2, null);
        codeX = prefix + "X";
        codeY = prefix + "Y";
        long customerX = data.customer(CustomerSpec.of(codeX, "通知客户甲", salesA));
        long customerY = data.customer(CustomerSpec.of(codeY, "通知客户乙", salesA));
        RunAs.user(TestUsers.SALES_2, notifications::markAllRead);

        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(codeX,
                new TransferChange(data.version(customerX), salesB, List.of(), false, null, null)));
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(codeY, new TransferChange(data.version(customerY), null,
                List.of(new TransferChange.Sharer(salesB, null)), false, null, null)));
    }

    @Test
    void unreadCountAndListNewestFirst() throws Exception {
        List<NotificationRow> rows = ownRows();

        assertTrue(RunAs.user(TestUsers.SALES_2, notifications::unreadCount) >= 2);
        assertEquals(2, rows.size());
        NotificationRow shared = rows.get(0);
        NotificationRow transferred = rows.get(1);
        assertEquals(NotificationType.SHARED_WITH_YOU, shared.type());
        assertEquals(codeY, shared.customerCode());
        assertFalse(shared.read());
        assertEquals(NotificationType.TRANSFERRED_TO_YOU, transferred.type());
        assertEquals(codeX, transferred.customerCode());
        assertTrue(transferred.message().contains(codeX), transferred.message());
    }

    @Test
    void pagingSplitsList() throws Exception {
        ResultPage<NotificationRow> first = RunAs.user(TestUsers.SALES_2, () -> notifications.list(0, 1));
        ResultPage<NotificationRow> second = RunAs.user(TestUsers.SALES_2, () -> notifications.list(1, 1));

        assertTrue(first.total() >= 2);
        assertEquals(1, first.rows().size());
        assertEquals(1, second.rows().size());
        assertFalse(first.rows().get(0).createdAt().isBefore(second.rows().get(0).createdAt()));
    }

    @Test
    void recipientMarksOwnRead() throws Exception {
        long id = ownRows().get(0).id();

        RunAs.user(TestUsers.SALES_2, () -> markRead(id));
        RunAs.user(TestUsers.SALES_2, () -> markRead(id));

        List<NotificationRow> rows = ownRows();
        assertTrue(rows.get(0).read());
        assertFalse(rows.get(1).read());
    }

    @Test
    void otherUsersNotificationRejected() throws Exception {
        long id = ownRows().get(0).id();

        for (String login : List.of(TestUsers.SALES_1, TestUsers.MANAGER, TestUsers.ADMIN)) {
            Exception thrown = assertThrows(Exception.class, () -> RunAs.user(login, () -> markRead(id)));
            assertInstanceOf(AccessDeniedException.class, thrown, login);
        }
        assertFalse(ownRows().get(0).read());
    }

    @Test
    void unknownIdRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_2, () -> markRead(-1L)));

        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void markAllReadMarksOwnRows() throws Exception {
        int marked = RunAs.user(TestUsers.SALES_2, notifications::markAllRead);

        assertTrue(marked >= 2, "marked " + marked);
        assertTrue(ownRows().stream().allMatch(NotificationRow::read));
    }

    @Test
    void everyRoleSeesOwnList() throws Exception {
        for (String login : List.of(TestUsers.MERCHANDISER, TestUsers.MANAGER, TestUsers.ADMIN)) {
            ResultPage<NotificationRow> page = RunAs.user(login, () -> notifications.list(0, 10));
            assertTrue(page.rows().stream().noneMatch(row -> codeX.equals(row.customerCode())), login);
        }
    }

    /** Returns B's notifications about this test's customers, newest first. */
    private List<NotificationRow> ownRows() throws Exception {
        return RunAs.user(TestUsers.SALES_2, () -> notifications.list(0, 100)).rows().stream()
                .filter(row -> codeX.equals(row.customerCode()) || codeY.equals(row.customerCode()))
                .toList();
    }

    private Object markRead(long id) {
        notifications.markRead(id);
        return null;
    }
}
