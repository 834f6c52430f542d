package cn.salescrm.it.access;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.attachment.AttachmentService;
import cn.salescrm.service.complaint.ComplaintService;
import cn.salescrm.service.complaint.NewComplaint;
import cn.salescrm.service.customer.CustomerEdit;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.followup.FollowUpService;
import cn.salescrm.service.followup.NewFollowUp;
import cn.salescrm.service.project.NewProject;
import cn.salescrm.service.project.NewProjectReport;
import cn.salescrm.service.project.ProjectService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.trade.NewOrder;
import cn.salescrm.service.trade.TradeService;
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
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The rights matrix through the EJBs: every action, as each relation a user can have to a
 * customer, allowed or denied one cell at a time. The expected table is written out here, apart
 * from the product's own matrix, so a wrong matrix fails the test.
 *
 * <p>World: A (tsales1) owns the customer, which D (tsales4) owned before the transfer service moved
 * it; B (tsales2) shares it; C (tsales3) had a share that was unticked, so it has no relation left;
 * M (tmerch1) is its merchandiser; tmanager is a manager.
 */
@ExtendWith(ArquillianExtension.class)
class RightsMatrixIT {

    /** Expected cells: action to allowed-for {owner, sharer, merchandiser, manager, none, former owner}. */
    private static final Map<String, boolean[]> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("open detail", row(true, true, true, true, false, false));
        EXPECTED.put("edit basic information", row(true, false, false, true, false, false));
        EXPECTED.put("list follow-ups", row(true, true, true, true, false, false));
        EXPECTED.put("add follow-up", row(true, true, true, true, false, false));
        EXPECTED.put("list projects", row(true, true, true, true, false, false));
        EXPECTED.put("submit project", row(true, true, false, true, false, false));
        EXPECTED.put("report on project", row(true, true, false, true, false, false));
        EXPECTED.put("list orders", row(true, true, true, true, false, false));
        EXPECTED.put("list quotes", row(true, true, true, true, false, false));
        EXPECTED.put("list inquiries", row(true, true, true, true, false, false));
        EXPECTED.put("place order", row(true, true, false, true, false, false));
        EXPECTED.put("list complaints", row(true, true, true, true, false, false));
        EXPECTED.put("add complaint", row(true, true, false, true, false, false));
        EXPECTED.put("list attachments", row(true, true, true, true, false, false));
        EXPECTED.put("download attachment", row(true, true, true, true, false, false));
        EXPECTED.put("upload attachment", row(true, true, false, true, false, false));
    }

    private static final int OWNER = 0;
    private static final int SHARER = 1;
    private static final int MERCHANDISER = 2;
    private static final int MANAGER = 3;
    private static final int NONE = 4;
    private static final int FORMER_OWNER = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RightsMatrixIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private CustomerService customers;
    @EJB
    private FollowUpService followUps;
    @EJB
    private ProjectService projects;
    @EJB
    private TradeService trade;
    @EJB
    private ComplaintService complaints;
    @EJB
    private AttachmentService attachments;

    private String code;
    private long customerId;
    private long projectId;
    private long attachmentId;

    @BeforeEach
    void createWorld() {
        String prefix = TestCodes.uniquePrefix();
        long merchandiser = data.merchandiser(prefix + "M", "矩阵跟单", TestUsers.MERCHANDISER);
        long owner = data.salesperson(prefix + "A", "矩阵甲", TestUsers.SALES_1, merchandiser);
        long sharer = data.salesperson(prefix + "B", "矩阵乙", TestUsers.SALES_2, null);
        long revoked = data.salesperson(prefix + "C", "矩阵丙", TestUsers.SALES_3, null);
        long formerOwner = data.salesperson(prefix + "D", "矩阵丁", TestUsers.SALES_4, null);

        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "矩阵测试客户", formerOwner));
        data.followUp(customerId, TestUsers.SALES_4, "矩阵丁", "前负责人写的跟进");
        // The world is made by the transfer service itself: a transfer from D to A, a share with B,
        // and a share with C that is then unticked, so C's row also shows that unticking revokes.
        submitAsManager(new TransferChange(data.version(customerId), owner,
                List.of(new TransferChange.Sharer(sharer, null), new TransferChange.Sharer(revoked, null)), false,
                null, "矩阵测试"));
        submitAsManager(new TransferChange(data.version(customerId), null,
                List.of(new TransferChange.Sharer(sharer, null)), false, null, "取消丙的共享"));
        projectId = data.project(customerId, "矩阵项目");
        attachmentId = data.attachment(customerId, "note.txt");
    }

    @Test
    void ownerCells() {
        assertRow(TestUsers.SALES_1, OWNER);
    }

    @Test
    void sharerCells() {
        assertRow(TestUsers.SALES_2, SHARER);
    }

    @Test
    void merchandiserCells() {
        assertRow(TestUsers.MERCHANDISER, MERCHANDISER);
    }

    @Test
    void managerCells() {
        assertRow(TestUsers.MANAGER, MANAGER);
    }

    @Test
    void unrelatedSalespersonCells() {
        assertRow(TestUsers.SALES_3, NONE);
    }

    @Test
    void formerOwnerCells() {
        assertRow(TestUsers.SALES_4, FORMER_OWNER);
    }

    @Test
    void formerOwnersFollowUpStaysVisibleToOwner() throws Exception {
        var page = RunAs.user(TestUsers.SALES_1, () -> followUps.list(code, 0, 50));

        assertTrue(page.rows().stream().anyMatch(row -> row.content().equals("前负责人写的跟进")),
                () -> "follow-ups seen by the owner: " + page.rows());
    }

    @Test
    void projectOfAnotherCustomerIsDenied() {
        long otherProject = data.project(data.customer(CustomerSpec.of(code + "O", "别人的客户",
                data.salesperson(code + "S", "别人", null, null))), "别人的项目");

        assertDenied(() -> RunAs.user(TestUsers.SALES_1,
                () -> projects.report(code, otherProject, new NewProjectReport(LocalDate.now(), "越权汇报"))));
    }

    @Test
    void attachmentOfAnotherCustomerIsDenied() {
        long otherAttachment = data.attachment(data.customer(CustomerSpec.of(code + "P", "别人的客户",
                data.salesperson(code + "T", "别人", null, null))), "secret.txt");

        assertDenied(() -> RunAs.user(TestUsers.SALES_1, () -> attachments.download(code, otherAttachment)));
    }

    private void submitAsManager(TransferChange change) {
        try {
            RunAs.user(TestUsers.MANAGER, () -> transfers.submit(code, change));
        } catch (Exception e) {
            throw new IllegalStateException("Setting up the customer through the transfer service failed", e);
        }
    }

    private void assertRow(String login, int relation) {
        Map<String, Callable<?>> actions = actions();
        List<Executable> cells = new ArrayList<>();
        for (Map.Entry<String, boolean[]> cell : EXPECTED.entrySet()) {
            Callable<?> action = actions.get(cell.getKey());
            boolean allowed = cell.getValue()[relation];
            cells.add(() -> assertCell(login, cell.getKey(), action, allowed));
        }
        assertAll(login, cells);
    }

    private static void assertCell(String login, String action, Callable<?> work, boolean allowed) {
        try {
            RunAs.user(login, work);
            if (!allowed) {
                fail(login + " may not " + action + ", but the call succeeded");
            }
        } catch (AccessDeniedException | EJBAccessException denied) {
            if (allowed) {
                fail(login + " may " + action + ", but was denied: " + denied.getMessage());
            }
        } catch (Exception e) {
            fail(login + " " + action + " failed with " + e, e);
        }
    }

    private static void assertDenied(Executable call) {
        try {
            call.execute();
            fail("the call succeeded");
        } catch (AccessDeniedException | EJBAccessException expected) {
            // denied as it should be
        } catch (Throwable e) {
            fail("expected a denial, got " + e, e);
        }
    }

    private Map<String, Callable<?>> actions() {
        Map<String, Callable<?>> actions = new LinkedHashMap<>();
        actions.put("open detail", () -> customers.open(code));
        actions.put("edit basic information", () -> customers.update(code, edit()));
        actions.put("list follow-ups", () -> followUps.list(code, 0, 10));
        actions.put("add follow-up", () -> followUps.add(code,
                new NewFollowUp(LocalDate.now(), FollowUpMethod.VISIT, "矩阵拜访", null)));
        actions.put("list projects", () -> projects.list(code));
        actions.put("submit project", () -> projects.submit(code,
                new NewProject("矩阵新项目", data.productLineId(0), ProjectStage.SAMPLING, 5_000L, null)));
        actions.put("report on project", () -> projects.report(code, projectId,
                new NewProjectReport(LocalDate.now(), "送样完成")));
        actions.put("list orders", () -> trade.orders(code, 0, 10));
        actions.put("list quotes", () -> trade.quotes(code, 0, 10));
        actions.put("list inquiries", () -> trade.inquiries(code, 0, 10));
        actions.put("place order", () -> trade.placeOrder(code, new NewOrder(LocalDate.now(), data.productLineId(0),
                "32.768kHz 晶振", 1_000L, new BigDecimal("0.35"))));
        actions.put("list complaints", () -> complaints.list(code, 0, 10));
        actions.put("add complaint", () -> complaints.add(code,
                new NewComplaint(LocalDate.now(), "来料频偏超差", "抽检 5 只频偏超过 20ppm", null)));
        actions.put("list attachments", () -> attachments.list(code));
        actions.put("download attachment", () -> attachments.download(code, attachmentId));
        actions.put("upload attachment", () -> attachments.upload(code, "matrix.txt",
                "矩阵".getBytes(StandardCharsets.UTF_8)));
        return actions;
    }

    /** Returns an edit of the current version that changes only the remark. */
    private CustomerEdit edit() {
        return new CustomerEdit(data.version(customerId), "矩阵测试客户", "矩阵测试客户", List.of(data.productLineId(0)),
                null, CustomerScale.SMALL, CustomerType.END_USER, BusinessStatus.DEVELOPING, CustomerStatus.APPROVED,
                Territory.SOUTH_CHINA, "深圳市南山区科技园", null, null, "备注 " + System.nanoTime(), List.of());
    }

    private static boolean[] row(boolean... cells) {
        return cells;
    }
}
