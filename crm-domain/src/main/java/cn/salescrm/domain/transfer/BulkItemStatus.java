package cn.salescrm.domain.transfer;

/**
 * Result of one customer within a bulk transfer job.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.BulkItemStatus.<CONSTANT>}.
 */
public enum BulkItemStatus {
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
