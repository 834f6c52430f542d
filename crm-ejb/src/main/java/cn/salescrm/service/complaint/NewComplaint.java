package cn.salescrm.service.complaint;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Input of a new complaint: the day it came in, a subject, a description and, optionally, who
 * handles it.
 */
public record NewComplaint(LocalDate date, String subject, String description, String handledBy)
        implements Serializable {
}
