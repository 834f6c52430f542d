package cn.salescrm.service.transfer;

import cn.salescrm.domain.transfer.AuditEventType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One event of a customer's transfer and share history, taken from the audit trail.
 *
 * @param previousName the previous owner, or the sharer removed; null if none
 * @param newName the new owner, or the sharer added; null if none
 */
public record HistoryEntry(long id, Instant occurredAt, AuditEventType type, String previousName, String newName,
                           String actorName, String approverName, Long requestId, String reason, String detail)
        implements Serializable {
}
