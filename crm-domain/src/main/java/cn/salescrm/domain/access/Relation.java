package cn.salescrm.domain.access;

/**
 * Relation of a user to one customer, from which every right on that customer follows.
 * A former owner has no relation of their own: after a transfer they are {@link #NONE}.
 */
public enum Relation {
    /** The customer's one owning salesperson. */
    OWNER,
    /** A salesperson the customer is shared with, while the share has not expired. */
    SHARER,
    /** The merchandiser assigned to the customer. */
    MERCHANDISER,
    /** A user with the manager role, whatever their other relations. */
    MANAGER,
    /** Anyone else, including a former owner and an expired sharer. */
    NONE
}
