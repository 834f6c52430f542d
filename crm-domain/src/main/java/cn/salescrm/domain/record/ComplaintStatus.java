package cn.salescrm.domain.record;

/**
 * Handling status of a customer complaint (投诉状态).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.ComplaintStatus.<CONSTANT>}.
 */
public enum ComplaintStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
