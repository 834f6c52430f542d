package cn.salescrm.domain.transfer;

/**
 * Kind of change recorded in the audit trail.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.AuditEventType.<CONSTANT>}.
 */
public enum AuditEventType {
    CUSTOMER_CREATED,
    CUSTOMER_UPDATED,
    TRANSFERRED,
    SHARE_ADDED,
    SHARE_REMOVED,
    SHARE_EXPIRED,
    REQUEST_CREATED,
    REQUEST_APPROVED,
    REQUEST_REJECTED,
    REQUEST_CANCELLED,
    REQUEST_STALE,
    POLICY_CHANGED
}
