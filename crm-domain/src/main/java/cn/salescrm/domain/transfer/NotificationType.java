package cn.salescrm.domain.transfer;

/**
 * Reason an in-app notification was sent.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.NotificationType.<CONSTANT>}.
 */
public enum NotificationType {
    TRANSFERRED_TO_YOU,
    SHARED_WITH_YOU,
    REQUEST_APPROVED,
    REQUEST_REJECTED,
    SHARE_EXPIRING,
    SHARE_EXPIRED,
    /** A customer you owned was transferred to someone else. */
    TRANSFERRED_AWAY,
    /** A share of yours was removed before its end. */
    SHARE_REMOVED,
    /** Your request went stale because the customer changed after you made it. */
    REQUEST_STALE,
    /** A finished bulk transfer job gave you customers. The one notice per job states how many. */
    BULK_TRANSFERRED_TO_YOU,
    /** A finished bulk transfer job removed shares of yours. The one notice per job states how many. */
    BULK_SHARES_REMOVED
}
