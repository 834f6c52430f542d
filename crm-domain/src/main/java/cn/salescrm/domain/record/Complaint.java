package cn.salescrm.domain.record;

import cn.salescrm.domain.customer.Customer;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Complaint (投诉) from a customer. {@code handledBy} is the handler's name as entered, not a login name.
 */
@Entity
@Table(name = "complaint")
@Cacheable(false)
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_gen")
    @SequenceGenerator(name = "complaint_gen", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotNull
    @Column(name = "complaint_date", nullable = false)
    private LocalDate complaintDate;

    @NotBlank
    @Size(max = 200)
    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ComplaintStatus status;

    @Size(max = 50)
    @Column(name = "handled_by", length = 50)
    private String handledBy;

    @NotBlank
    @Size(max = 100)
    @Column(name = "created_by_login", nullable = false, length = 100, updatable = false)
    private String createdByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "created_by_name", nullable = false, length = 50, updatable = false)
    private String createdByName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Complaint() {
    }

    /** Creates a complaint in status {@link ComplaintStatus#OPEN}. */
    public Complaint(Customer customer, LocalDate complaintDate, String subject, String description,
                     String createdByLogin, String createdByName, Instant createdAt) {
        this.customer = customer;
        this.complaintDate = complaintDate;
        this.subject = subject;
        this.description = description;
        this.status = ComplaintStatus.OPEN;
        this.createdByLogin = createdByLogin;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getComplaintDate() {
        return complaintDate;
    }

    public void setComplaintDate(LocalDate complaintDate) {
        this.complaintDate = complaintDate;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public void setHandledBy(String handledBy) {
        this.handledBy = handledBy;
    }

    public String getCreatedByLogin() {
        return createdByLogin;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
