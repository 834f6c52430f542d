package cn.salescrm.service.bulk;

import cn.salescrm.domain.transfer.BulkItemStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * One customer of a bulk transfer job as the result table shows it.
 *
 * @param messageKey resource bundle key of the reason for a SKIPPED or FAILED item, or null
 */
public record BulkItemRow(long id, String customerCode, String customerName, String receiverName,
                          BulkItemStatus status, String messageKey, Instant processedAt) implements Serializable {
}
