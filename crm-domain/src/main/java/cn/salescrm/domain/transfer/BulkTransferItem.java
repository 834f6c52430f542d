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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One customer within a {@link BulkTransferJob} and the salesperson it goes to. An item starts PENDING and
 * is processed once. The pair of job and customer is unique, so a job lists each customer at most once.
 */
@Entity
@Table(name = "bulk_transfer_item")
@Cacheable(false)
public class BulkTransferItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_transfer_item_gen")
    @SequenceGenerator(name = "bulk_transfer_item_gen", sequenceName = "bulk_transfer_item_seq",
            allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id", nullable = false, updatable = false)
    private BulkTransferJob job;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_salesperson_id", nullable = false, updatable = false)
    private Salesperson targetSalesperson;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BulkItemStatus status;

    /** Reason given with a FAILED or SKIPPED outcome. */
    @Size(max = 500)
    @Column(name = "message", length = 500)
    private String message;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected BulkTransferItem() {
    }

    /** Creates a PENDING item. */
    public BulkTransferItem(BulkTransferJob job, Customer customer, Salesperson targetSalesperson) {
        this.job = job;
        this.customer = customer;
        this.targetSalesperson = targetSalesperson;
        this.status = BulkItemStatus.PENDING;
    }

    /**
     * Records the outcome of a PENDING item: DONE, FAILED or SKIPPED, with an optional message.
     *
     * @throws IllegalArgumentException if {@code outcome} is PENDING
     * @throws IllegalStateException if the item was already processed
     */
    public void markProcessed(BulkItemStatus outcome, String outcomeMessage, Instant at) {
        if (outcome == BulkItemStatus.PENDING) {
            throw new IllegalArgumentException("A bulk transfer item cannot be processed as PENDING");
        }
        if (status != BulkItemStatus.PENDING) {
            throw new IllegalStateException("Bulk transfer item " + id + " is already " + status);
        }
        this.status = outcome;
        this.message = outcomeMessage;
        this.processedAt = at;
    }

    public Long getId() {
        return id;
    }

    public BulkTransferJob getJob() {
        return job;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Salesperson getTargetSalesperson() {
        return targetSalesperson;
    }

    public BulkItemStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
