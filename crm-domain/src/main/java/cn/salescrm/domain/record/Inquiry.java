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
 * Inquiry (询价) from a customer about a product, with the price the customer aims for if known.
 */
@Entity
@Table(name = "inquiry")
@Cacheable(false)
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_gen")
    @SequenceGenerator(name = "inquiry_gen", sequenceName = "inquiry_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotNull
    @Column(name = "inquiry_date", nullable = false)
    private LocalDate inquiryDate;

    @NotBlank
    @Size(max = 200)
    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "quantity", nullable = false)
    private long quantity;

    @Digits(integer = 12, fraction = 4)
    @Column(name = "target_price", precision = 16, scale = 4)
    private BigDecimal targetPrice;

    @NotBlank
    @Size(max = 100)
    @Column(name = "inquired_by_login", nullable = false, length = 100, updatable = false)
    private String inquiredByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "inquired_by_name", nullable = false, length = 50, updatable = false)
    private String inquiredByName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Inquiry() {
    }

    public Inquiry(Customer customer, LocalDate inquiryDate, String productName, long quantity,
                   String inquiredByLogin, String inquiredByName, Instant createdAt) {
        this.customer = customer;
        this.inquiryDate = inquiryDate;
        this.productName = productName;
        this.quantity = quantity;
        this.inquiredByLogin = inquiredByLogin;
        this.inquiredByName = inquiredByName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getInquiryDate() {
        return inquiryDate;
    }

    public void setInquiryDate(LocalDate inquiryDate) {
        this.inquiryDate = inquiryDate;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public long getQuantity() {
        return quantity;
    }

    public void setQuantity(long quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getTargetPrice() {
        return targetPrice;
    }

    public void setTargetPrice(BigDecimal targetPrice) {
        this.targetPrice = targetPrice;
    }

    public String getInquiredByLogin() {
        return inquiredByLogin;
    }

    public String getInquiredByName() {
        return inquiredByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
