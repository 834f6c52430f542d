package cn.salescrm.service.customer;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/**
 * Thrown when a form was loaded before someone else saved the customer. Nothing has been written;
 * the page names who saved first and when, and the user reloads.
 */
@ApplicationException(rollback = true)
public class StaleCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    public StaleCustomerException(String customerCode, String changedBy, Instant changedAt) {
        super("Customer " + customerCode + " was changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Returns the display name of the user who saved the customer last. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
