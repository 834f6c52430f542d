package cn.salescrm.it.customer;

import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.customer.CustomerDetail;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.customer.NewCustomer;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Opening and creating customers through the EJB, with the relation of each kind of user.
 * A (tsales1) owns the customer, B (tsales2) shares it, C (tsales3) has no relation and
 * M (tmerch1) is its merchandiser.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CustomerServiceIT.class);
    }

    @EJB
    private CustomerService customers;

    @EJB
    private TestData data;

    private String prefix;
    private String code;
    private long salesA;

    @BeforeEach
    void createWorld() {
        prefix = TestCodes.uniquePrefix();
        long merchandiser = data.merchandiser(prefix + "M", "测试跟单", TestUsers.MERCHANDISER);
        salesA = data.salesperson(prefix + "A", "测试甲", TestUsers.SALES_1, merchandiser);
        long salesB = data.salesperson(prefix + "B", "测试乙", TestUsers.SALES_2, null);
        data.salesperson(prefix + "C", "测试丙", TestUsers.SALES_3, null);
        code = prefix + "X1";
        long customer = data.customer(CustomerSpec.of(code, "测试客户", salesA));
        data.share(customer, salesB, null);
    }

    @Test
    void ownerOpensAsOwner() throws Exception {
        assertEquals(Relation.OWNER, relationOf(TestUsers.SALES_1));
    }

    @Test
    void sharerOpensAsSharer() throws Exception {
        assertEquals(Relation.SHARER, relationOf(TestUsers.SALES_2));
    }

    @Test
    void merchandiserOpensAsMerchandiser() throws Exception {
        assertEquals(Relation.MERCHANDISER, relationOf(TestUsers.MERCHANDISER));
    }

    @Test
    void managerOpensAsManager() throws Exception {
        assertEquals(Relation.MANAGER, relationOf(TestUsers.MANAGER));
    }

    @Test
    void unrelatedSalespersonIsDenied() {
        Exception thrown = assertThrows(Exception.class, () -> relationOf(TestUsers.SALES_3));

        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void unknownCodeLooksLikeDeniedCode() {
        Exception unknown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_3, () -> customers.open(prefix + "NONE")));
        Exception denied = assertThrows(Exception.class, () -> relationOf(TestUsers.SALES_3));

        assertEquals(denied.getClass(), unknown.getClass());
    }

    @Test
    void openedCustomerCarriesOwnerAndContacts() throws Exception {
        CustomerDetail detail = RunAs.user(TestUsers.SALES_1, () -> customers.open(code));

        assertEquals("测试甲", detail.customer().getOwner().getName());
        assertEquals("测试跟单", detail.customer().getMerchandiser().getName());
        assertEquals(0, detail.customer().getContacts().size());
    }

    @Test
    void salespersonCreatesOwnPendingCustomer() throws Exception {
        Customer created = RunAs.user(TestUsers.SALES_1, () -> customers.create(input(prefix + "n1", null)));

        assertEquals((prefix + "N1"), created.getCode());
        assertEquals(CustomerStatus.PENDING_REVIEW, created.getStatus());
        assertEquals(salesA, created.getOwner().getId());
        assertEquals(Relation.OWNER, RunAs.user(TestUsers.SALES_1,
                () -> customers.open(prefix + "N1")).relation());
    }

    @Test
    void createdCustomerKeepsPrimaryContact() throws Exception {
        RunAs.user(TestUsers.SALES_1, () -> customers.create(input(prefix + "N2", null)));
        CustomerDetail detail = RunAs.user(TestUsers.SALES_1, () -> customers.open(prefix + "N2"));

        assertEquals(1, detail.customer().getContacts().size());
        assertEquals("王经理", detail.customer().getContacts().get(0).getName());
    }

    @Test
    void duplicateCodeIsRejectedBesideField() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> customers.create(input(code, null))));

        ValidationFailedException failure = assertInstanceOf(ValidationFailedException.class, thrown);
        assertEquals("code", failure.field());
        assertEquals("customer.code.taken", failure.messageKey());
    }

    @Test
    void managerMustChooseOwner() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> customers.create(input(prefix + "N3", null))));

        assertEquals("owner", assertInstanceOf(ValidationFailedException.class, thrown).field());
    }

    @Test
    void managerCreatesForChosenOwner() throws Exception {
        Customer created = RunAs.user(TestUsers.MANAGER, () -> customers.create(input(prefix + "N4", salesA)));

        assertEquals(salesA, created.getOwner().getId());
    }

    @Test
    void merchandiserMayNotCreate() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MERCHANDISER, () -> customers.create(input(prefix + "N5", null))));

        assertInstanceOf(EJBAccessException.class, thrown);
    }

    @Test
    void invalidCodeChangesNothing() throws Exception {
        assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> customers.create(input("坏 编号", null))));

        Exception lookup = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.MANAGER, () -> customers.open("坏 编号")));
        assertInstanceOf(AccessDeniedException.class, lookup);
    }

    private Relation relationOf(String login) throws Exception {
        return RunAs.user(login, () -> customers.open(code)).relation();
    }

    private NewCustomer input(String newCode, Long ownerId) {
        return new NewCustomer(newCode, "新客户", "深圳市新客户电子有限公司" + Instant.now().toEpochMilli(),
                List.of(data.productLineId(0)), null, CustomerScale.MEDIUM, CustomerType.END_USER,
                BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, "深圳市宝安区", null, null, null, "王经理",
                "13800000000", ownerId);
    }
}
