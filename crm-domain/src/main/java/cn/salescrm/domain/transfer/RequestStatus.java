package cn.salescrm.domain.transfer;

/**
 * Life cycle of a transfer or share request. A request stays PENDING until a manager approves
 * it (APPROVED, and carried out), rejects it (REJECTED), the requester cancels it (CANCELLED),
 * or the customer changes before the decision (STALE, 已失效).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.RequestStatus.<CONSTANT>}.
 */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED,
    STALE
}
