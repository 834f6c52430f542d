package cn.salescrm.it.audit;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditRow;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.BusinessDays;
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
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audit trail search: each filter, paging newest first, and the roles it rejects. Each test starts
 * with three events that a manager causes: customer X moves from A to B and then to C, and
 * customer Y is shared with C.
 */
@ExtendWith(ArquillianExtension.class)
class AuditServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AuditServiceIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private TransferService transfers;
    @EJB
    private AuditService audit;

    private String prefix;
    private String codeX;
    private long salesB;
    private long salesC;

    @BeforeEach
    void createEvents() throws Exception {
        prefix = TestCodes.uniquePrefix();
        long salesA = data.salesperson(prefix + "A", "审计甲", TestUsers.SALES_1, null);
        salesB = data.salesperson(prefix + "B", "审计乙", TestUsers.SALES_2, null);
        salesC = data.salesperson(prefix + "C", "审计丙", TestUsers.SALES_3, null);
        codeX = prefix + "X";
        long customerX = data.customer(CustomerSpec.of(codeX, "名称甲" + prefix + "号", salesA));
        long customerY = data.customer(CustomerSpec.of(prefix + "Y", "名称乙" + prefix + "号", salesA));

        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(codeX, transferTo(customerX, salesB)));
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(prefix + "Y", shareWith(customerY, salesC)));
        RunAs.user(TestUsers.MANAGER, () -> transfers.submit(codeX, transferTo(customerX, salesC)));
    }

    @Test
    void customerCodeFilter() throws Exception {
        ResultPage<AuditRow> page = search(filter(codeX), 0, 10);

        assertEquals(2, page.total());
        assertTrue(page.rows().stream().allMatch(row -> codeX.equals(row.customerCode())));
    }

    @Test
    void customerNamePartFilter() throws Exception {
        ResultPage<AuditRow> page = search(filter("乙" + prefix.toLowerCase()), 0, 10);

        assertEquals(1, page.total());
        assertEquals(prefix + "Y", page.rows().get(0).customerCode());
    }

    @Test
    void salespersonFilterMatchesPreviousOrNew() throws Exception {
        ResultPage<AuditRow> asB = search(new AuditFilter(null, salesB, null, null, null), 0, 10);
        ResultPage<AuditRow> asC = search(new AuditFilter(null, salesC, null, null, null), 0, 10);

        assertEquals(2, asB.total());
        assertEquals(2, asC.total());
        assertTrue(asB.rows().stream().allMatch(row -> row.type() == AuditEventType.TRANSFERRED));
        assertTrue(asB.rows().stream().anyMatch(row -> "审计乙".equals(row.previousSalesperson())));
        assertTrue(asB.rows().stream().anyMatch(row -> "审计乙".equals(row.newSalesperson())));
    }

    @Test
    void typeFilter() throws Exception {
        ResultPage<AuditRow> page = search(new AuditFilter(prefix, null, AuditEventType.SHARE_ADDED, null, null), 0, 10);

        assertEquals(1, page.total());
        AuditRow row = page.rows().get(0);
        assertEquals(prefix + "Y", row.customerCode());
        assertEquals("审计丙", row.newSalesperson());
        assertEquals(null, row.previousSalesperson());
    }

    @Test
    void dateRangeInShanghaiDays() throws Exception {
        LocalDate today = BusinessDays.dayOf(Instant.now());

        assertEquals(3, search(new AuditFilter(prefix, null, null, today, today), 0, 10).total());
        assertEquals(0, search(new AuditFilter(prefix, null, null, today.plusDays(1), null), 0, 10).total());
        assertEquals(0, search(new AuditFilter(prefix, null, null, null, today.minusDays(1)), 0, 10).total());
    }

    @Test
    void reversedDateRangeRejected() {
        LocalDate today = BusinessDays.dayOf(Instant.now());
        AuditFilter reversed = new AuditFilter(prefix, null, null, today, today.minusDays(1));

        Exception thrown = assertThrows(Exception.class, () -> search(reversed, 0, 10));
        ValidationFailedException invalid = assertInstanceOf(ValidationFailedException.class, thrown);
        assertEquals("to", invalid.field());
        assertEquals("audit.filter.dateOrder", invalid.messageKey());
    }

    @Test
    void pagesNewestFirst() throws Exception {
        ResultPage<AuditRow> first = search(filter(prefix), 0, 2);
        ResultPage<AuditRow> second = search(filter(prefix), 2, 2);

        assertEquals(3, first.total());
        assertEquals(2, first.rows().size());
        assertEquals(1, second.rows().size());
        AuditRow newest = first.rows().get(0);
        assertEquals(AuditEventType.TRANSFERRED, newest.type());
        assertEquals("审计乙", newest.previousSalesperson());
        assertEquals("审计丙", newest.newSalesperson());
        List<AuditRow> all = List.of(first.rows().get(0), first.rows().get(1), second.rows().get(0));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).occurredAt().isAfter(all.get(i - 1).occurredAt()), "row " + i + " is newer");
        }
    }

    @Test
    void rowCarriesActorApproverAndRequest() throws Exception {
        AuditRow row = search(new AuditFilter(codeX, salesB, null, null, null), 0, 10).rows().get(1);

        assertEquals(TestUsers.MANAGER, row.actorLogin());
        assertEquals(TestUsers.MANAGER, row.approverLogin());
        assertNotNull(row.requestId());
        assertEquals("调整区域", row.reason());
        assertEquals("名称甲" + prefix + "号", row.customerName());
    }

    @Test
    void tooLongCustomerTextRejected() {
        Exception thrown = assertThrows(Exception.class, () -> search(filter("x".repeat(101)), 0, 10));

        assertEquals("customer", assertInstanceOf(ValidationFailedException.class, thrown).field());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CRM_DB_DRIVER", matches = "postgresql",
            disabledReason = "the insert-only trigger is PostgreSQL's")
    void postgresqlRejectsAuditChanges() {
        String event = "(SELECT MIN(e.id) FROM audit_event e WHERE e.customer_code = '" + codeX + "')";

        assertThrows(Exception.class,
                () -> data.execute("UPDATE audit_event SET reason = 'changed' WHERE id = " + event));
        assertThrows(Exception.class, () -> data.execute("DELETE FROM audit_event WHERE id = " + event));

        assertEquals(2, data.auditCount(data.customerId(codeX), AuditEventType.TRANSFERRED));
    }

    @Test
    void onlyManagersMaySearch() {
        for (String login : List.of(TestUsers.SALES_1, TestUsers.MERCHANDISER, TestUsers.ADMIN)) {
            Exception search = assertThrows(Exception.class, () -> RunAs.user(login, () -> audit.search(null, 0, 10)));
            assertInstanceOf(EJBAccessException.class, search, login);
            Exception export = assertThrows(Exception.class,
                    () -> RunAs.user(login, () -> audit.exportBatch(null, null)));
            assertInstanceOf(EJBAccessException.class, export, login);
        }
    }

    private ResultPage<AuditRow> search(AuditFilter filter, int first, int pageSize) throws Exception {
        return RunAs.user(TestUsers.MANAGER, () -> audit.search(filter, first, pageSize));
    }

    private static AuditFilter filter(String customer) {
        return new AuditFilter(customer, null, null, null, null);
    }

    private TransferChange transferTo(long customerId, long salespersonId) {
        return new TransferChange(data.version(customerId), salespersonId, List.of(), false, null, "调整区域");
    }

    private TransferChange shareWith(long customerId, long salespersonId) {
        return new TransferChange(data.version(customerId), null, List.of(new TransferChange.Sharer(salespersonId, null)),
                false, null, null);
    }
}
