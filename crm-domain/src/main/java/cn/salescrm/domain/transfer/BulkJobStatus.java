package cn.salescrm.domain.transfer;

/**
 * Life cycle of a bulk transfer job; RUNNING jobs resume after a restart.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.BulkJobStatus.<CONSTANT>}.
 */
public enum BulkJobStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
