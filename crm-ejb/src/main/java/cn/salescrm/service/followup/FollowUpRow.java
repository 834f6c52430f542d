package cn.salescrm.service.followup;

import cn.salescrm.domain.record.FollowUpMethod;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of 客户跟进记录.
 *
 * @param systemGenerated the application wrote it, for example on a transfer
 */
public record FollowUpRow(long id, LocalDate date, String authorName, FollowUpMethod method, String content,
                          String nextStep, boolean systemGenerated, Instant createdAt) implements Serializable {
}
