package cn.salescrm.service.security;

import jakarta.ejb.ApplicationException;

/**
 * Thrown when the caller has no right to the customer or action they named. The message does not
 * reveal whether the customer exists, so a denied code and an unknown code look the same.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; control characters in the detail, which may carry request text, become '?'. */
    public AccessDeniedException(String detail) {
        super(detail == null ? null : detail.replaceAll("\\p{Cntrl}", "?"));
    }
}
