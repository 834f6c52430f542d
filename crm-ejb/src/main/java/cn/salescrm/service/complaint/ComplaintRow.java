package cn.salescrm.service.complaint;

import cn.salescrm.domain.record.ComplaintStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of 客户投诉记录.
 *
 * @param handledBy name of the person handling it, or null until one is assigned
 */
public record ComplaintRow(long id, LocalDate date, String subject, String description, ComplaintStatus status,
                           String handledBy, String createdByName) implements Serializable {
}
