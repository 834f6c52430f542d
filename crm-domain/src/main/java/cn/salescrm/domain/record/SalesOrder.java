package cn.salescrm.domain.record;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.product.ProductLine;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Sales order (订单) placed by a customer. The order number is unique across all customers.
 */
@Entity
@Table(name = "sales_order")
@Cacheable(false)
public class SalesOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_gen")
    @SequenceGenerator(name = "sales_order_gen", sequenceName = "sales_order_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 30)
    @Column(name = "order_no", nullable = false, length = 30, unique = true)
    private String orderNo;

    @NotNull
    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @NotBlank
    @Size(max = 200)
    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_line_id")
    private ProductLine productLine;

    @Column(name = "quantity", nullable = false)
    private long quantity;

    @NotNull
    @Digits(integer = 14, fraction = 2)
    @Column(name = "amount", nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @NotBlank
    @Size(max = 100)
    @Column(name = "placed_by_login", nullable = false, length = 100, updatable = false)
    private String placedByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "placed_by_name", nullable = false, length = 50, updatable = false)
    private String placedByName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SalesOrder() {
    }

    /** Creates an order in status {@link OrderStatus#PENDING}. */
    public SalesOrder(Customer customer, String orderNo, LocalDate orderDate, String productName, long quantity,
                      BigDecimal amount, String placedByLogin, String placedByName, Instant createdAt) {
        this.customer = customer;
        this.orderNo = orderNo;
        this.orderDate = orderDate;
        this.productName = productName;
        this.quantity = quantity;
        this.amount = amount;
        this.status = OrderStatus.PENDING;
        this.placedByLogin = placedByLogin;
        this.placedByName = placedByName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public ProductLine getProductLine() {
        return productLine;
    }

    public void setProductLine(ProductLine productLine) {
        this.productLine = productLine;
    }

    public long getQuantity() {
        return quantity;
    }

    public void setQuantity(long quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getPlacedByLogin() {
        return placedByLogin;
    }

    public String getPlacedByName() {
        return placedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
