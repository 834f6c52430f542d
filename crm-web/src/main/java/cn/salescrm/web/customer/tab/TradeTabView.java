package cn.salescrm.web.customer.tab;

import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.trade.InquiryRow;
import cn.salescrm.service.trade.NewOrder;
import cn.salescrm.service.trade.OrderRow;
import cn.salescrm.service.trade.QuoteRow;
import cn.salescrm.service.trade.TradeService;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tabs 客户订单记录 (with 下单), 客户报价明细 and 客户询价明细. Each table reads its pages only
 * when its tab is shown.
 */
@Named
@ViewScoped
public class TradeTabView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SUBVIEW = "orders";

    @EJB
    private TradeService service;

    @EJB
    private DirectoryService directory;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    private ServicePageModel<OrderRow> orders;
    private ServicePageModel<QuoteRow> quotes;
    private ServicePageModel<InquiryRow> inquiries;
    private List<ProductLine> productLines;

    private LocalDate orderDate = today();
    private Long productLineId;
    private String productName;
    private Long quantity;
    private BigDecimal unitPrice;

    public ServicePageModel<OrderRow> getOrders() {
        if (orders == null) {
            String code = detail.getCode();
            orders = new ServicePageModel<>((first, size) -> service.orders(code, first, size));
        }
        return orders;
    }

    public ServicePageModel<QuoteRow> getQuotes() {
        if (quotes == null) {
            String code = detail.getCode();
            quotes = new ServicePageModel<>((first, size) -> service.quotes(code, first, size));
        }
        return quotes;
    }

    public ServicePageModel<InquiryRow> getInquiries() {
        if (inquiries == null) {
            String code = detail.getCode();
            inquiries = new ServicePageModel<>((first, size) -> service.inquiries(code, first, size));
        }
        return inquiries;
    }

    public List<ProductLine> getProductLines() {
        if (productLines == null) {
            productLines = directory.productLines();
        }
        return productLines;
    }

    /** Places the order in the form (下单). */
    public void placeOrder() {
        try {
            OrderRow order = service.placeOrder(detail.getCode(),
                    new NewOrder(orderDate, productLineId, productName, quantity, unitPrice));
            messages.addInfo("order.placed", order.orderNo());
            productName = null;
            quantity = null;
            unitPrice = null;
            orderDate = today();
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId(SUBVIEW, e.field()), e.messageKey(), e.arguments());
        }
    }

    private static LocalDate today() {
        return BusinessDays.dayOf(Instant.now());
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public Long getProductLineId() {
        return productLineId;
    }

    public void setProductLineId(Long productLineId) {
        this.productLineId = productLineId;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public Long getQuantity() {
        return quantity;
    }

    public void setQuantity(Long quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }
}
