package cn.salescrm.domain.transfer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
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
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;

/**
 * Entry of the audit trail (审计日志): one change of ownership or sharing, a request decision or a policy
 * change.
 *
 * <p>The trail is insert-only. Build an event with {@link #builder} and persist it. The class has no
 * setters, every column is mapped {@code updatable = false} so no change is ever written, and
 * {@code EntityManager.remove} throws. Bulk JPQL or SQL statements bypass these guards, so none may touch
 * the table.
 *
 * <p>{@code customerCode} copies the customer's code at the time of the event, so the entry still reads
 * correctly if the code changes later.
 */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_gen")
    @SequenceGenerator(name = "audit_event_gen", sequenceName = "audit_event_seq", allocationSize = 50)
    @Column(name = "id", updatable = false)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30, updatable = false)
    private AuditEventType eventType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @Size(max = 20)
    @Column(name = "customer_code", length = 20, updatable = false)
    private String customerCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_salesperson_id", updatable = false)
    private Salesperson previousSalesperson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_salesperson_id", updatable = false)
    private Salesperson newSalesperson;

    @NotBlank
    @Size(max = 100)
    @Column(name = "actor_login", nullable = false, length = 100, updatable = false)
    private String actorLogin;

    @Size(max = 100)
    @Column(name = "approver_login", length = 100, updatable = false)
    private String approverLogin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private TransferRequest request;

    @Size(max = 1000)
    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Size(max = 2000)
    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    private AuditEvent(Builder builder) {
        this.eventType = builder.eventType;
        this.customer = builder.customer;
        this.customerCode = builder.customer == null ? null : builder.customer.getCode();
        this.previousSalesperson = builder.previousSalesperson;
        this.newSalesperson = builder.newSalesperson;
        this.actorLogin = builder.actorLogin;
        this.approverLogin = builder.approverLogin;
        this.request = builder.request;
        this.reason = builder.reason;
        this.detail = builder.detail;
        this.occurredAt = builder.occurredAt;
    }

    /** Starts an event of {@code eventType} done by the login {@code actorLogin} at {@code occurredAt}. */
    public static Builder builder(AuditEventType eventType, String actorLogin, Instant occurredAt) {
        return new Builder(eventType, actorLogin, occurredAt);
    }

    @PreRemove
    private void rejectRemove() {
        throw new UnsupportedOperationException("Audit event " + id + " cannot be removed: the audit trail is "
                + "insert-only");
    }

    public Long getId() {
        return id;
    }

    public AuditEventType getEventType() {
        return eventType;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Salesperson getPreviousSalesperson() {
        return previousSalesperson;
    }

    public Salesperson getNewSalesperson() {
        return newSalesperson;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getApproverLogin() {
        return approverLogin;
    }

    public TransferRequest getRequest() {
        return request;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** Collects the optional parts of an {@link AuditEvent}. Calling a setter again replaces its value. */
    public static final class Builder {

        private final AuditEventType eventType;
        private final String actorLogin;
        private final Instant occurredAt;
        private Customer customer;
        private Salesperson previousSalesperson;
        private Salesperson newSalesperson;
        private String approverLogin;
        private TransferRequest request;
        private String reason;
        private String detail;

        private Builder(AuditEventType eventType, String actorLogin, Instant occurredAt) {
            this.eventType = Objects.requireNonNull(eventType, "eventType");
            this.actorLogin = Objects.requireNonNull(actorLogin, "actorLogin");
            this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** Sets the customer. {@link #build} also copies the customer's code into the event. */
        public Builder customer(Customer value) {
            this.customer = value;
            return this;
        }

        public Builder previousSalesperson(Salesperson value) {
            this.previousSalesperson = value;
            return this;
        }

        public Builder newSalesperson(Salesperson value) {
            this.newSalesperson = value;
            return this;
        }

        public Builder approverLogin(String value) {
            this.approverLogin = value;
            return this;
        }

        public Builder request(TransferRequest value) {
            this.request = value;
            return this;
        }

        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        public Builder detail(String value) {
            this.detail = value;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
