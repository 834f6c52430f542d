package cn.salescrm.domain.record;

import cn.salescrm.domain.customer.Customer;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * Price quote (报价) given to a customer, valid through {@code validUntil}. The quote number is unique
 * across all customers.
 */
@Entity
@Table(name = "quote")
@Cacheable(false)
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_gen")
    @SequenceGenerator(name = "quote_gen", sequenceName = "quote_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 30)
    @Column(name = "quote_no", nullable = false, length = 30, unique = true)
    private String quoteNo;

    @NotNull
    @Column(name = "quote_date", nullable = false)
    private LocalDate quoteDate;

    @NotBlank
    @Size(max = 200)
    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @NotNull
    @Digits(integer = 12, fraction = 4)
    @Column(name = "unit_price", nullable = false, precision = 16, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false)
    private long quantity;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @NotBlank
    @Size(max = 100)
    @Column(name = "quoted_by_login", nullable = false, length = 100, updatable = false)
    private String quotedByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "quoted_by_name", nullable = false, length = 50, updatable = false)
    private String quotedByName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Quote() {
    }

    public Quote(Customer customer, String quoteNo, LocalDate quoteDate, String productName, BigDecimal unitPrice,
                 long quantity, LocalDate validUntil, String quotedByLogin, String quotedByName, Instant createdAt) {
        this.customer = customer;
        this.quoteNo = quoteNo;
        this.quoteDate = quoteDate;
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.validUntil = validUntil;
        this.quotedByLogin = quotedByLogin;
        this.quotedByName = quotedByName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getQuoteNo() {
        return quoteNo;
    }

    public LocalDate getQuoteDate() {
        return quoteDate;
    }

    public void setQuoteDate(LocalDate quoteDate) {
        this.quoteDate = quoteDate;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public long getQuantity() {
        return quantity;
    }

    public void setQuantity(long quantity) {
        this.quantity = quantity;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getQuotedByLogin() {
        return quotedByLogin;
    }

    public String getQuotedByName() {
        return quotedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
