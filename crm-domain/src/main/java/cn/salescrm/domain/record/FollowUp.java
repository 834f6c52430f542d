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
 * Follow-up (跟进记录) with a customer. Entries that the application writes itself are created with
 * {@link #systemGenerated}, which flags them and sets {@link FollowUpMethod#SYSTEM}.
 */
@Entity
@Table(name = "follow_up")
@Cacheable(false)
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_gen")
    @SequenceGenerator(name = "follow_up_gen", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotNull
    @Column(name = "follow_up_date", nullable = false)
    private LocalDate followUpDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private FollowUpMethod method;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "content", nullable = false, length = 4000)
    private String content;

    @Size(max = 1000)
    @Column(name = "next_step", length = 1000)
    private String nextStep;

    @NotBlank
    @Size(max = 100)
    @Column(name = "author_login", nullable = false, length = 100, updatable = false)
    private String authorLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "author_name", nullable = false, length = 50, updatable = false)
    private String authorName;

    @Column(name = "system_generated", nullable = false, updatable = false)
    private boolean systemGenerated;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FollowUp() {
    }

    /** Creates a follow-up entered by a user. */
    public FollowUp(Customer customer, LocalDate followUpDate, FollowUpMethod method, String content,
                    String authorLogin, String authorName, Instant createdAt) {
        this.customer = customer;
        this.followUpDate = followUpDate;
        this.method = method;
        this.content = content;
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    /** Creates a follow-up that the application writes itself, with method {@link FollowUpMethod#SYSTEM}. */
    public static FollowUp systemGenerated(Customer customer, LocalDate followUpDate, String content,
                                           String authorLogin, String authorName, Instant createdAt) {
        FollowUp followUp = new FollowUp(customer, followUpDate, FollowUpMethod.SYSTEM, content, authorLogin,
                authorName, createdAt);
        followUp.systemGenerated = true;
        return followUp;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isSystemGenerated() {
        return systemGenerated;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
