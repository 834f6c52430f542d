package cn.salescrm.it.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.attachment.AttachmentFile;
import cn.salescrm.service.attachment.AttachmentRow;
import cn.salescrm.service.attachment.AttachmentService;
import cn.salescrm.service.customer.CustomerDetail;
import cn.salescrm.service.customer.CustomerEdit;
import cn.salescrm.service.customer.CustomerEdit.ContactEdit;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.followup.FollowUpService;
import cn.salescrm.service.followup.NewFollowUp;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.trade.NewOrder;
import cn.salescrm.service.trade.OrderRow;
import cn.salescrm.service.trade.TradeService;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer records' rules beyond rights: stale edits, validation, 最近交易日, attachments.
 * A (tsales1) owns the customer; tmanager also edits it.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerRecordsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CustomerRecordsIT.class);
    }

    @EJB
    private TestData data;
    @EJB
    private CustomerService customers;
    @EJB
    private FollowUpService followUps;
    @EJB
    private TradeService trade;
    @EJB
    private AttachmentService attachments;

    private String code;
    private long customerId;

    @BeforeEach
    void createCustomer() {
        String prefix = TestCodes.uniquePrefix();
        long owner = data.salesperson(prefix + "A", "记录甲", TestUsers.SALES_1, null);
        code = prefix + "R";
        customerId = data.customer(CustomerSpec.of(code, "记录测试客户", owner));
    }

    @Test
    void staleEditIsRejectedWithWhoAndWhen() throws Exception {
        long loaded = data.version(customerId);
        RunAs.user(TestUsers.MANAGER, () -> customers.update(code, edit(loaded, "经理先改")));

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> customers.update(code, edit(loaded, "销售后改"))));

        StaleCustomerException stale = assertInstanceOf(StaleCustomerException.class, thrown);
        assertEquals(TestUsers.MANAGER, stale.changedBy());
        assertTrue(stale.changedAt() != null);
        CustomerDetail current = RunAs.user(TestUsers.SALES_1, () -> customers.open(code));
        assertEquals("经理先改", current.customer().getRemark());
    }

    @Test
    void editSavesFieldsAndContacts() throws Exception {
        CustomerEdit edit = new CustomerEdit(data.version(customerId), "新简称", "记录测试客户(新)",
                List.of(data.productLineId(0), data.productLineId(2)), "某代理商", CustomerScale.LARGE,
                CustomerType.DISTRIBUTOR, BusinessStatus.SAMPLING, CustomerStatus.APPROVED, Territory.EAST_CHINA,
                "苏州工业园区", "0512-1234567", null, "备注",
                List.of(new ContactEdit(null, "赵工", "采购", null, "13900000000", null, null, true, false)));

        CustomerDetail saved = RunAs.user(TestUsers.SALES_1, () -> customers.update(code, edit));

        assertEquals("新简称", saved.customer().getShortName());
        assertEquals(2, saved.customer().getProductLines().size());
        assertEquals(CustomerScale.LARGE, saved.customer().getScale());
        assertEquals(1, saved.customer().getContacts().size());
        assertEquals("赵工", saved.customer().getContacts().get(0).getName());
    }

    @Test
    void salespersonMayNotApproveOwnCustomer() {
        CustomerEdit edit = new CustomerEdit(data.version(customerId), "简称", "记录测试客户", List.of(data.productLineId(0)),
                null, CustomerScale.SMALL, CustomerType.END_USER, BusinessStatus.DEVELOPING, CustomerStatus.DISABLED,
                Territory.SOUTH_CHINA, null, null, null, null, List.of());

        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> customers.update(code, edit)));

        assertInstanceOf(AccessDeniedException.class, thrown);
    }

    @Test
    void blankNameIsRejectedBesideField() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> customers.update(code, new CustomerEdit(data.version(customerId), "简称", "  ",
                        List.of(data.productLineId(0)), null, CustomerScale.SMALL, CustomerType.END_USER,
                        BusinessStatus.DEVELOPING, CustomerStatus.APPROVED, Territory.SOUTH_CHINA, null, null, null,
                        null, List.of()))));

        assertEquals("name", assertInstanceOf(ValidationFailedException.class, thrown).field());
    }

    @Test
    void orderMovesLastTransactionDateForwardOnly() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        RunAs.user(TestUsers.SALES_1, () -> trade.placeOrder(code, order(today.minusDays(3))));
        RunAs.user(TestUsers.SALES_1, () -> trade.placeOrder(code, order(today.minusDays(10))));

        CustomerDetail detail = RunAs.user(TestUsers.SALES_1, () -> customers.open(code));
        assertEquals(today.minusDays(3), detail.customer().getLastTransactionDate());
    }

    @Test
    void orderAmountIsQuantityTimesPrice() throws Exception {
        OrderRow row = RunAs.user(TestUsers.SALES_1, () -> trade.placeOrder(code, order(LocalDate.now().minusDays(1))));

        assertEquals(new BigDecimal("420.00"), row.amount());
        assertTrue(row.orderNo().startsWith("SO"), row.orderNo());
    }

    @Test
    void orderNumbersAreUnique() throws Exception {
        OrderRow first = RunAs.user(TestUsers.SALES_1, () -> trade.placeOrder(code, order(LocalDate.now().minusDays(1))));
        OrderRow second = RunAs.user(TestUsers.SALES_1, () -> trade.placeOrder(code, order(LocalDate.now().minusDays(1))));

        assertTrue(!first.orderNo().equals(second.orderNo()), first.orderNo());
    }

    @Test
    void zeroQuantityIsRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> trade.placeOrder(code, new NewOrder(LocalDate.now().minusDays(1), data.productLineId(0), "晶振",
                        0L, BigDecimal.ONE))));

        assertEquals("quantity", assertInstanceOf(ValidationFailedException.class, thrown).field());
    }

    @Test
    void amountBeyondColumnIsRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> trade.placeOrder(code, new NewOrder(LocalDate.now().minusDays(1), data.productLineId(0), "晶振",
                        100_000_000L, new BigDecimal("1000000")))));

        assertEquals("order.amount.range", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void amountBelowOneFenIsRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> trade.placeOrder(code, new NewOrder(LocalDate.now().minusDays(1), data.productLineId(0), "晶振",
                        1L, new BigDecimal("0.0001")))));

        assertEquals("order.amount.range", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void futureFollowUpIsRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> followUps.add(code, new NewFollowUp(LocalDate.now().plusDays(5), FollowUpMethod.PHONE, "明天", null))));

        assertEquals("validation.dateInFuture", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void systemMethodIsReserved() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> followUps.add(code, new NewFollowUp(LocalDate.now(), FollowUpMethod.SYSTEM, "伪造", null))));

        assertEquals("method", assertInstanceOf(ValidationFailedException.class, thrown).field());
    }

    @Test
    void followUpsAreNewestFirst() throws Exception {
        RunAs.user(TestUsers.SALES_1, () -> followUps.add(code,
                new NewFollowUp(LocalDate.now().minusDays(5), FollowUpMethod.PHONE, "较早", null)));
        RunAs.user(TestUsers.SALES_1, () -> followUps.add(code,
                new NewFollowUp(LocalDate.now().minusDays(1), FollowUpMethod.VISIT, "较晚", null)));

        var page = RunAs.user(TestUsers.SALES_1, () -> followUps.list(code, 0, 10));
        assertEquals(2, page.total());
        assertEquals("较晚", page.rows().get(0).content());
    }

    @Test
    void attachmentRoundTripsBytes() throws Exception {
        byte[] pdf = "%PDF-1.4\n% test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        AttachmentRow row = RunAs.user(TestUsers.SALES_1, () -> attachments.upload(code, "C:\\docs\\规格书.pdf", pdf));
        AttachmentFile file = RunAs.user(TestUsers.SALES_1, () -> attachments.download(code, row.id()));

        assertEquals("规格书.pdf", row.fileName());
        assertTrue(row.previewable());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(pdf, file.data());
    }

    @Test
    void renamedExecutableIsRejected() {
        byte[] executable = {'M', 'Z', 0, 0, 1, 2, 3};
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> attachments.upload(code, "报价.pdf", executable)));

        assertEquals("attachment.contentMismatch",
                assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void disallowedTypeIsRejected() {
        Exception thrown = assertThrows(Exception.class, () -> RunAs.user(TestUsers.SALES_1,
                () -> attachments.upload(code, "page.html", "<script>".getBytes(StandardCharsets.UTF_8))));

        assertEquals("attachment.typeNotAllowed",
                assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    @Test
    void oversizedFileIsRejected() {
        byte[] big = new byte[(int) AttachmentService.MAX_BYTES + 1];
        big[0] = 'P';
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.SALES_1, () -> attachments.upload(code, "big.txt", big)));

        assertEquals("attachment.tooLarge", assertInstanceOf(ValidationFailedException.class, thrown).messageKey());
    }

    private CustomerEdit edit(long version, String remark) {
        return new CustomerEdit(version, "记录测试客户", "记录测试客户", List.of(data.productLineId(0)), null,
                CustomerScale.SMALL, CustomerType.END_USER, BusinessStatus.DEVELOPING, CustomerStatus.APPROVED,
                Territory.SOUTH_CHINA, "深圳市南山区科技园", null, null, remark, List.of());
    }

    private NewOrder order(LocalDate date) {
        return new NewOrder(date, data.productLineId(0), "26MHz 晶振", 1_000L, new BigDecimal("0.42"));
    }
}
