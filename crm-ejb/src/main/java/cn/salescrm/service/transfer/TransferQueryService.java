package cn.salescrm.service.transfer;

import cn.salescrm.service.support.ResultPage;

/**
 * Reads behind the 客户移交共享 tab and the approval page: the form, the history, pending requests and
 * why a user can see a customer. Every read checks the caller's right on the customer first.
 */
public interface TransferQueryService {

    /**
     * Loads the tab's form for any user who may open the customer.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not open the customer
     */
    TransferForm form(String customerCode);

    /**
     * Returns one page of the customer's transfer and share history, newest first.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see the history
     */
    ResultPage<HistoryEntry> history(String customerCode, int first, int pageSize);

    /**
     * Returns one page of the requests waiting for a manager, oldest first. Managers only.
     *
     * @param customerText part of the customer's code or name, taken literally; null or blank for all
     */
    ResultPage<RequestView> pendingRequests(String customerText, int first, int pageSize);

    /**
     * Explains the relation of the user with the login to the customer and where it comes from.
     * Managers only.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the customer does not exist
     */
    AccessExplanation explain(String customerCode, String login);
}
