package cn.salescrm.domain.transfer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One submit of the transfer and share form (客户移交共享): an optional change of owner plus any number
 * of sharer changes for one customer.
 *
 * <p>Status life cycle: a request is created {@link RequestStatus#PENDING}. It then moves exactly once, to
 * APPROVED ({@link #approve}), REJECTED ({@link #reject}), CANCELLED ({@link #cancel}) or STALE
 * ({@link #markStale}). Each move records who decided and when, and every move but a cancel also records
 * why. A move from any status other than PENDING throws {@link IllegalStateException}, and so does adding
 * a sharer change. Carrying out an approved request is the caller's job.
 *
 * <p>{@code customerVersion} is the customer's {@code version} when the request was made, so whoever decides
 * can tell whether the customer changed since (the STALE case). {@code version} is this request's own
 * optimistic lock: when two managers decide the same request at once, the second commit fails.
 */
@Entity
@Table(name = "transfer_request")
@Cacheable(false)
public class TransferRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_request_gen")
    @SequenceGenerator(name = "transfer_request_gen", sequenceName = "transfer_request_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "customer_version", nullable = false, updatable = false)
    private long customerVersion;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "previous_owner_id", nullable = false, updatable = false)
    private Salesperson previousOwner;

    /** New owner, or null when the request changes sharers only. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_owner_id", updatable = false)
    private Salesperson newOwner;

    /** Whether the previous owner becomes a sharer after the transfer. */
    @Column(name = "keep_previous_owner", nullable = false, updatable = false)
    private boolean keepPreviousOwner;

    /** Expiry of the previous owner's share when {@code keepPreviousOwner} is set. Null means no expiry. */
    @Column(name = "previous_owner_share_until", updatable = false)
    private Instant previousOwnerShareUntil;

    @Size(max = 1000)
    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @NotBlank
    @Size(max = 100)
    @Column(name = "requested_by_login", nullable = false, length = 100, updatable = false)
    private String requestedByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "requested_by_name", nullable = false, length = 50, updatable = false)
    private String requestedByName;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Size(max = 100)
    @Column(name = "decided_by_login", length = 100)
    private String decidedByLogin;

    @Size(max = 50)
    @Column(name = "decided_by_name", length = 50)
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = 1000)
    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "request", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RequestShareChange> shareChanges = new ArrayList<>();

    protected TransferRequest() {
    }

    /**
     * Creates a pending request against the customer's current owner and version. {@code newOwner} is null
     * for a request that changes sharers only. Add sharer changes with {@link #addShareChange}.
     */
    public TransferRequest(Customer customer, Salesperson newOwner, boolean keepPreviousOwner,
                           Instant previousOwnerShareUntil, String reason, String requestedByLogin,
                           String requestedByName, Instant requestedAt) {
        this.customer = customer;
        this.customerVersion = customer.getVersion();
        this.previousOwner = customer.getOwner();
        this.newOwner = newOwner;
        this.keepPreviousOwner = keepPreviousOwner;
        this.previousOwnerShareUntil = previousOwnerShareUntil;
        this.reason = reason;
        this.requestedByLogin = requestedByLogin;
        this.requestedByName = requestedByName;
        this.requestedAt = requestedAt;
        this.status = RequestStatus.PENDING;
    }

    /** Adds a sharer change. {@code expiresAt} applies to {@link ShareChangeType#ADD} and may be null. */
    public RequestShareChange addShareChange(Salesperson salesperson, ShareChangeType changeType,
                                             Instant expiresAt) {
        requirePending("take a new share change");
        RequestShareChange change = new RequestShareChange(this, salesperson, changeType, expiresAt);
        shareChanges.add(change);
        return change;
    }

    /** Moves a pending request to APPROVED. */
    public void approve(String login, String name, Instant at, String comment) {
        decide(RequestStatus.APPROVED, login, name, at, comment);
    }

    /** Moves a pending request to REJECTED. */
    public void reject(String login, String name, Instant at, String comment) {
        decide(RequestStatus.REJECTED, login, name, at, comment);
    }

    /** Moves a pending request to CANCELLED, recording the user who withdrew it. */
    public void cancel(String login, String name, Instant at) {
        decide(RequestStatus.CANCELLED, login, name, at, null);
    }

    /**
     * Moves a pending request to STALE because its customer changed after the request was made.
     * {@code login} and {@code name} identify the user or process that found the change, and {@code comment}
     * describes what changed.
     */
    public void markStale(String login, String name, Instant at, String comment) {
        decide(RequestStatus.STALE, login, name, at, comment);
    }

    /** Returns whether this request changes the owner, as opposed to sharers only. */
    public boolean changesOwner() {
        return newOwner != null;
    }

    private void decide(RequestStatus target, String login, String name, Instant at, String comment) {
        requirePending("move to " + target);
        this.status = target;
        this.decidedByLogin = login;
        this.decidedByName = name;
        this.decidedAt = at;
        this.decisionReason = comment;
    }

    private void requirePending(String action) {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("Transfer request " + id + " is " + status
                    + ", not PENDING, so it cannot " + action);
        }
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public long getCustomerVersion() {
        return customerVersion;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Salesperson getPreviousOwner() {
        return previousOwner;
    }

    public Salesperson getNewOwner() {
        return newOwner;
    }

    public boolean isKeepPreviousOwner() {
        return keepPreviousOwner;
    }

    public Instant getPreviousOwnerShareUntil() {
        return previousOwnerShareUntil;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedByLogin() {
        return requestedByLogin;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedByLogin() {
        return decidedByLogin;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public long getVersion() {
        return version;
    }

    /** Returns a read-only view of the sharer changes, which {@link #addShareChange} adds to. */
    public List<RequestShareChange> getShareChanges() {
        return Collections.unmodifiableList(shareChanges);
    }
}
