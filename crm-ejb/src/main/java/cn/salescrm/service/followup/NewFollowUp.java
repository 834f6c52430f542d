package cn.salescrm.service.followup;

import cn.salescrm.domain.record.FollowUpMethod;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Input of a follow-up a user adds. {@link FollowUpMethod#SYSTEM} is reserved for the application.
 */
public record NewFollowUp(LocalDate date, FollowUpMethod method, String content, String nextStep)
        implements Serializable {
}
