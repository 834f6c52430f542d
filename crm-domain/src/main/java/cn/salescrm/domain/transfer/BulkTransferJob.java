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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Bulk transfer (批量移交) of customers away from one salesperson. The job has one
 * {@link BulkTransferItem} per customer, so a job still RUNNING after a restart resumes with the items
 * that are still PENDING. {@code version} is the optimistic lock on the status and the item counters.
 */
@Entity
@Table(name = "bulk_transfer_job")
@Cacheable(false)
public class BulkTransferJob {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_transfer_job_gen")
    @SequenceGenerator(name = "bulk_transfer_job_gen", sequenceName = "bulk_transfer_job_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BulkJobStatus status;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_salesperson_id", nullable = false, updatable = false)
    private Salesperson sourceSalesperson;

    /** Whether the shares of the transferred customers stay in place. */
    @Column(name = "keep_shares", nullable = false, updatable = false)
    private boolean keepShares;

    /** Readable summary of the filter that selected the customers. */
    @Size(max = 1000)
    @Column(name = "filter_description", length = 1000, updatable = false)
    private String filterDescription;

    @PositiveOrZero
    @Column(name = "total_items", nullable = false)
    private int totalItems;

    @PositiveOrZero
    @Column(name = "done_items", nullable = false)
    private int doneItems;

    @PositiveOrZero
    @Column(name = "failed_items", nullable = false)
    private int failedItems;

    @NotBlank
    @Size(max = 100)
    @Column(name = "created_by_login", nullable = false, length = 100, updatable = false)
    private String createdByLogin;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BulkTransferJob() {
    }

    /** Creates a RUNNING job for {@code totalItems} customers. */
    public BulkTransferJob(Salesperson sourceSalesperson, boolean keepShares, String filterDescription,
                           int totalItems, String createdByLogin, Instant createdAt) {
        this.status = BulkJobStatus.RUNNING;
        this.sourceSalesperson = sourceSalesperson;
        this.keepShares = keepShares;
        this.filterDescription = filterDescription;
        this.totalItems = totalItems;
        this.createdByLogin = createdByLogin;
        this.createdAt = createdAt;
    }

    /** Counts {@code count} more items DONE. */
    public void addDoneItems(int count) {
        doneItems += count;
    }

    /** Counts {@code count} more items FAILED. */
    public void addFailedItems(int count) {
        failedItems += count;
    }

    /** Ends a RUNNING job with {@code finalStatus}, COMPLETED or FAILED. */
    public void finish(BulkJobStatus finalStatus, Instant at) {
        if (finalStatus == BulkJobStatus.RUNNING) {
            throw new IllegalArgumentException(
                    "A bulk transfer job cannot finish as RUNNING; use COMPLETED or FAILED");
        }
        if (status != BulkJobStatus.RUNNING) {
            throw new IllegalStateException("Bulk transfer job " + id + " is already " + status);
        }
        this.status = finalStatus;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public BulkJobStatus getStatus() {
        return status;
    }

    public Salesperson getSourceSalesperson() {
        return sourceSalesperson;
    }

    public boolean isKeepShares() {
        return keepShares;
    }

    public String getFilterDescription() {
        return filterDescription;
    }

    public int getTotalItems() {
        return totalItems;
    }

    public int getDoneItems() {
        return doneItems;
    }

    public int getFailedItems() {
        return failedItems;
    }

    public String getCreatedByLogin() {
        return createdByLogin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
