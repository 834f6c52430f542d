package cn.salescrm.it.settings;

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
import cn.salescrm.service.settings.SettingsService;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
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
 * The approval policy switch: only administrators may read or change it, each change is audited,
 * and the next transfer submit follows it. Every test leaves the policy on, as other tests expect.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SettingsServiceIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private SettingsService settings;
    @EJB
    private TransferService transfers;
    @EJB
    private AuditService audit;

    private String code;
    private long customerId;
    private long salesB;

    @BeforeEach
    void createCustomer() throws Exception {
        String prefix = TestCodes.uniquePrefix();
        long salesA = data.salesperson(prefix + "A", "策略甲", TestUsers.SALES_1, null);
        salesB = data.salesperson(prefix + "B", "策略乙", TestUsers.SALES_2, null);
        code = prefix + "X";
        customerId = data.customer(CustomerSpec.of(code, "策略测试客户", salesA));
        setPolicy(true);
    }

    @AfterEach
    void restorePolicy() throws Exception {
        setPolicy(true);
    }

    @Test
    void policyOffAppliesSubmitAtOnce() throws Exception {
        assertTrue(setPolicy(false));
        assertFalse(RunAs.user(TestUsers.ADMIN, settings::approvalRequired));

        SubmitOutcome outcome = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferToB())).outcome();

        assertEquals(SubmitOutcome.APPLIED, outcome);
        assertEquals(1, data.auditCount(customerId, AuditEventType.TRANSFERRED));
    }

    @Test
    void policyBackOnMakesSubmitPending() throws Exception {
        setPolicy(false);
        assertTrue(setPolicy(true));
        assertTrue(RunAs.user(TestUsers.ADMIN, settings::approvalRequired));

        SubmitOutcome outcome = RunAs.user(TestUsers.SALES_1, () -> transfers.submit(code, transferToB())).outcome();

        assertEquals(SubmitOutcome.PENDING, outcome);
        assertEquals(0, data.auditCount(customerId, AuditEventType.TRANSFERRED));
    }

    @Test
    void eachChangeAudited() throws Exception {
        long before = policyEvents().total();

        setPolicy(false);
        setPolicy(false);
        setPolicy(true);

        ResultPage<AuditRow> after = policyEvents();
        assertEquals(before + 2, after.total());
        AuditRow newest = after.rows().get(0);
        AuditRow previous = after.rows().get(1);
        assertEquals(TestUsers.ADMIN, newest.actorLogin());
        assertEquals(null, newest.customerCode());
        assertEquals("approval.required: false → true", newest.detail());
        assertEquals("approval.required: true → false", previous.detail());
    }

    @Test
    void unchangedValueWritesNothing() throws Exception {
        long before = policyEvents().total();

        assertFalse(setPolicy(true));

        assertEquals(before, policyEvents().total());
    }

    @Test
    void onlyAdministratorsMayUseSettings() {
        for (String login : List.of(TestUsers.MANAGER, TestUsers.SALES_1, TestUsers.MERCHANDISER)) {
            Exception read = assertThrows(Exception.class, () -> RunAs.user(login, settings::approvalRequired));
            assertInstanceOf(EJBAccessException.class, read, login);
            Exception write = assertThrows(Exception.class,
                    () -> RunAs.user(login, () -> settings.setApprovalRequired(false)));
            assertInstanceOf(EJBAccessException.class, write, login);
        }
    }

    private boolean setPolicy(boolean required) throws Exception {
        return RunAs.user(TestUsers.ADMIN, () -> settings.setApprovalRequired(required));
    }

    private ResultPage<AuditRow> policyEvents() throws Exception {
        AuditFilter filter = new AuditFilter(null, null, AuditEventType.POLICY_CHANGED, null, null);
        return RunAs.user(TestUsers.MANAGER, () -> audit.search(filter, 0, 2));
    }

    private TransferChange transferToB() {
        return new TransferChange(data.version(customerId), salesB, List.of(), false, null, "策略测试");
    }
}
