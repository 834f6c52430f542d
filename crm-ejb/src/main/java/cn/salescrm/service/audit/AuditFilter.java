package cn.salescrm.service.audit;

import cn.salescrm.domain.transfer.AuditEventType;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the audit trail; a null or blank value does not filter.
 *
 * @param customer part of the customer code or name, matched case-insensitively
 * @param salespersonId the salesperson who is the event's previous or new salesperson
 * @param type the event type
 * @param from the first day, in Asia/Shanghai, of the events to include
 * @param to the last day, in Asia/Shanghai, of the events to include
 */
public record AuditFilter(String customer, Long salespersonId, AuditEventType type, LocalDate from, LocalDate to)
        implements Serializable {

    /** Returns a filter that matches every event. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
