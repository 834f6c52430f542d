package cn.salescrm.service.trade;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.record.SalesOrder;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.sessions.Session;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Orders, quotes and inquiries of a customer, each call checked against the rights matrix.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class TradeServiceBean implements TradeService {

    private static final Logger LOG = Logger.getLogger(TradeServiceBean.class.getName());
    private static final long MAX_QUANTITY = 100_000_000L;
    /** Largest amount the NUMERIC(16, 2) column holds. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public ResultPage<OrderRow> orders(String customerCode, int first, int pageSize) {
        return page(customerCode, first, pageSize, "SalesOrder", """
                SELECT NEW cn.salescrm.service.trade.OrderRow(o.id, o.orderNo, o.orderDate, o.productName,
                       o.quantity, o.amount, o.status, o.placedByName)
                FROM SalesOrder o WHERE o.customer = :customer ORDER BY o.orderDate DESC, o.id DESC""",
                OrderRow.class);
    }

    @Override
    public ResultPage<QuoteRow> quotes(String customerCode, int first, int pageSize) {
        return page(customerCode, first, pageSize, "Quote", """
                SELECT NEW cn.salescrm.service.trade.QuoteRow(q.id, q.quoteNo, q.quoteDate, q.productName,
                       q.unitPrice, q.quantity, q.validUntil, q.quotedByName)
                FROM Quote q WHERE q.customer = :customer ORDER BY q.quoteDate DESC, q.id DESC""", QuoteRow.class);
    }

    @Override
    public ResultPage<InquiryRow> inquiries(String customerCode, int first, int pageSize) {
        return page(customerCode, first, pageSize, "Inquiry", """
                SELECT NEW cn.salescrm.service.trade.InquiryRow(i.id, i.inquiryDate, i.productName, i.quantity,
                       i.targetPrice, i.inquiredByName)
                FROM Inquiry i WHERE i.customer = :customer ORDER BY i.inquiryDate DESC, i.id DESC""",
                InquiryRow.class);
    }

    @Override
    public OrderRow placeOrder(String customerCode, NewOrder input) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.PLACE_ORDER, now);
        NewOrder checked = validate(input, now);
        BigDecimal amount = checked.unitPrice().multiply(BigDecimal.valueOf(checked.quantity()))
                .setScale(2, RoundingMode.HALF_UP);
        if (amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new ValidationFailedException("unitPrice", "order.amount.range", MAX_AMOUNT.toPlainString());
        }

        SalesOrder order = new SalesOrder(customer, nextOrderNo(checked.orderDate()), checked.orderDate(),
                checked.productName(), checked.quantity(), amount, caller.login(), caller.displayName(), now);
        order.setProductLine(em.find(ProductLine.class, checked.productLineId()));
        em.persist(order);
        advanceLastTransactionDate(customer, checked.orderDate());
        em.flush();
        LOG.info(() -> "Order " + order.getOrderNo() + " placed for customer " + customerCode + " by " + caller.login());
        return new OrderRow(order.getId(), order.getOrderNo(), order.getOrderDate(), order.getProductName(),
                order.getQuantity(), order.getAmount(), order.getStatus(), order.getPlacedByName());
    }

    private <T extends Serializable> ResultPage<T> page(String customerCode, int first, int pageSize, String entity,
                                                         String jpql, Class<T> rowType) {
        int size = Paging.checkedPageSize(first, pageSize);
        Customer customer = access.require(callerResolver.current(), customerCode, CustomerAction.VIEW_TRADE,
                Instant.now());
        long total = em.createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE e.customer = :customer", Long.class)
                .setParameter("customer", customer)
                .getSingleResult();
        List<T> rows = em.createQuery(jpql, rowType)
                .setParameter("customer", customer)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, total);
    }

    /**
     * Moves 最近交易日 forward with a bulk update, which neither raises the customer's version (an
     * order is not an edit of 客户基本资料) nor loses a later date written concurrently.
     */
    private void advanceLastTransactionDate(Customer customer, LocalDate orderDate) {
        em.createQuery("""
                        UPDATE Customer c SET c.lastTransactionDate = :day
                        WHERE c.id = :id AND (c.lastTransactionDate IS NULL OR c.lastTransactionDate < :day)""")
                .setParameter("day", orderDate)
                .setParameter("id", customer.getId())
                .executeUpdate();
    }

    /** Returns an order number such as SO2026001234, unique because it comes from the order id sequence. */
    private String nextOrderNo(LocalDate orderDate) {
        Number value = em.unwrap(Session.class).getNextSequenceNumberValue(SalesOrder.class);
        return String.format("SO%d%06d", orderDate.getYear(), value.longValue());
    }

    private NewOrder validate(NewOrder input, Instant now) {
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        LocalDate date = BusinessDays.notInFuture("orderDate", input.orderDate(), now);
        Long lineId = Texts.present("productLine", input.productLineId());
        if (em.find(ProductLine.class, lineId) == null) {
            throw new ValidationFailedException("productLine", "validation.required");
        }
        long quantity = Texts.present("quantity", input.quantity());
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new ValidationFailedException("quantity", "order.quantity.range", String.valueOf(MAX_QUANTITY));
        }
        BigDecimal unitPrice = Texts.present("unitPrice", input.unitPrice());
        if (unitPrice.signum() <= 0 || unitPrice.scale() > 4 || unitPrice.compareTo(new BigDecimal("1000000")) > 0) {
            throw new ValidationFailedException("unitPrice", "order.unitPrice.range");
        }
        return new NewOrder(date, lineId, Texts.required("productName", input.productName(), 200), quantity,
                unitPrice);
    }
}
