package cn.salescrm.domain.transfer;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * One sharer change inside a {@link TransferRequest}: add a share for a salesperson, with an optional
 * expiry, or remove one. Created through {@link TransferRequest#addShareChange} and saved with the request.
 */
@Entity
@Table(name = "request_share_change")
@Cacheable(false)
public class RequestShareChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_share_change_gen")
    @SequenceGenerator(name = "request_share_change_gen", sequenceName = "request_share_change_seq",
            allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private TransferRequest request;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "salesperson_id", nullable = false, updatable = false)
    private Salesperson salesperson;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false, length = 10, updatable = false)
    private ShareChangeType changeType;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    protected RequestShareChange() {
    }

    RequestShareChange(TransferRequest request, Salesperson salesperson, ShareChangeType changeType,
                       Instant expiresAt) {
        this.request = request;
        this.salesperson = salesperson;
        this.changeType = changeType;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public TransferRequest getRequest() {
        return request;
    }

    public Salesperson getSalesperson() {
        return salesperson;
    }

    public ShareChangeType getChangeType() {
        return changeType;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
