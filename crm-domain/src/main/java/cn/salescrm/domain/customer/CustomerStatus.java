package cn.salescrm.domain.customer;

/**
 * Review status of a customer record (客户状态). New customers start as PENDING_REVIEW.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.CustomerStatus.<CONSTANT>}.
 */
public enum CustomerStatus {
    PENDING_REVIEW,
    APPROVED,
    DISABLED
}
