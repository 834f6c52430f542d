package cn.salescrm.service.followup;

import cn.salescrm.service.support.ResultPage;

/**
 * Follow-up records of a customer (客户跟进记录). The list follows the customer, not the author,
 * so records written by a former owner stay visible to the customer's current owner and sharers.
 */
public interface FollowUpService {

    /**
     * Returns a page of the customer's follow-ups, newest first.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see the customer
     */
    ResultPage<FollowUpRow> list(String customerCode, int first, int pageSize);

    /**
     * Adds a follow-up written by the caller.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not add follow-ups
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    FollowUpRow add(String customerCode, NewFollowUp input);
}
