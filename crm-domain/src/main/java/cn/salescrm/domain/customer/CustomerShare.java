package cn.salescrm.domain.customer;

import cn.salescrm.domain.people.Salesperson;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Objects;

/**
 * Share (共享) of a customer with a salesperson who is not its owner. While the share is active the
 * sharer may see and work the customer and its records. A share never makes the sharer an owner.
 *
 * <p>A share without {@code expiresAt} lasts until it is removed. A share with {@code expiresAt} is
 * active strictly before that instant and inactive from it on, as {@link #isActiveAt(Instant)} checks. There is
 * at most one share per customer and salesperson, so a second grant must {@link #renew} the existing row.
 * {@code requestId} is the transfer request that granted the share, if any.
 */
@Entity
@Table(name = "customer_share")
@Cacheable(false)
public class CustomerShare {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_share_gen")
    @SequenceGenerator(name = "customer_share_gen", sequenceName = "customer_share_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "salesperson_id", nullable = false, updatable = false)
    private Salesperson salesperson;

    @NotNull
    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "request_id")
    private Long requestId;

    /** When the sharer was notified that the share expires within three days; null until then. */
    @Column(name = "expiry_notified_at")
    private Instant expiryNotifiedAt;

    protected CustomerShare() {
    }

    /**
     * Creates a share granted by the login {@code grantedBy}. {@code expiresAt} and {@code requestId}
     * may be null.
     */
    public CustomerShare(Customer customer, Salesperson salesperson, String grantedBy, Instant grantedAt,
                         Instant expiresAt, Long requestId) {
        this.customer = customer;
        this.salesperson = salesperson;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
        this.requestId = requestId;
    }

    /** Returns whether the share grants access at {@code now}: it has no expiry or expires after now. */
    public boolean isActiveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    /**
     * Grants the share again, replacing who granted it, when, until when and through which request.
     * A new expiry clears the expiry notice, so the sharer is notified again before the new date.
     */
    public void renew(String grantedBy, Instant grantedAt, Instant expiresAt, Long requestId) {
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.requestId = requestId;
        setExpiresAt(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Salesperson getSalesperson() {
        return salesperson;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Sets the expiry; a changed expiry clears the expiry notice. */
    public void setExpiresAt(Instant expiresAt) {
        if (!Objects.equals(this.expiresAt, expiresAt)) {
            this.expiryNotifiedAt = null;
        }
        this.expiresAt = expiresAt;
    }

    public Instant getExpiryNotifiedAt() {
        return expiryNotifiedAt;
    }

    public Long getRequestId() {
        return requestId;
    }
}
