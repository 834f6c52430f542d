package cn.salescrm.service.transfer;

/**
 * Transfers (客户移交) and shares (客户共享) of a customer. A manager's submit takes effect at
 * once; an owner's becomes a request (待审批) while the approval policy is on. Carrying a change
 * out writes the owner and share rows, a system follow-up, audit events and notifications in one
 * transaction.
 */
public interface TransferService {

    /**
     * Submits the owner choice and sharer set of the 客户移交共享 form.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not transfer the customer
     * @throws cn.salescrm.service.customer.StaleCustomerException if the customer changed since the form loaded
     * @throws cn.salescrm.service.error.ValidationFailedException if nothing would change, a request is
     *         already pending, or a named salesperson is unknown, inactive, or the owner named as a sharer
     */
    SubmitResult submit(String customerCode, TransferChange change);

    /**
     * Describes what {@link #submit} would do with the same input, and changes nothing: new owner and
     * merchandiser, sharers added and removed, and the records that go with the customer.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not transfer the customer
     * @throws cn.salescrm.service.customer.StaleCustomerException if the customer changed since the form loaded
     * @throws cn.salescrm.service.error.ValidationFailedException as {@link #submit} would
     */
    TransferPreview preview(String customerCode, TransferChange change);

    /**
     * Approves a pending request and carries it out, or marks it 已失效 if the customer changed since
     * it was made (then nothing else changes).
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the request is not pending
     */
    SubmitResult approve(long requestId);

    /**
     * Rejects a pending request with a reason.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the reason is blank or the request
     *         is not pending
     */
    void reject(long requestId, String reason);

    /**
     * Withdraws a pending request; only its requester may.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller did not make the request
     * @throws cn.salescrm.service.error.ValidationFailedException if the request is not pending
     */
    void cancel(long requestId);
}
