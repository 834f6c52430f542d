package cn.salescrm.service.audit;

import cn.salescrm.domain.transfer.AuditEventType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit event as the audit page and the export show it. Salespeople are given as their
 * directory names; any field but id, time, type and actor may be null.
 *
 * @param customerCode the customer's code at the time of the event
 */
public record AuditRow(long id, Instant occurredAt, AuditEventType type, String customerCode, String customerName,
                       String previousSalesperson, String newSalesperson, String actorLogin, String approverLogin,
                       Long requestId, String reason, String detail) implements Serializable {
}
