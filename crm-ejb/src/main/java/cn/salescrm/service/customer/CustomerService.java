package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.Customer;

/**
 * Opens and creates customers, with the rights matrix checked on every call.
 */
public interface CustomerService {

    /**
     * Returns the customer with the given code for display.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see it or no
     *         such customer exists; the two cases are indistinguishable
     */
    CustomerDetail open(String code);

    /**
     * Creates a customer in status 待审核, owned by the calling salesperson, or by the salesperson a
     * manager chose, with the owner's merchandiser, and records an audit event in the same
     * transaction.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     *         or the code is already in use; nothing is written
     */
    Customer create(NewCustomer input);

    /**
     * Saves the edited 客户基本资料 and contacts, with an audit event, if the customer has not been
     * saved by someone else since the form loaded {@code edit.version()}.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not edit the customer,
     *         or a salesperson tries to change the review status
     * @throws StaleCustomerException if someone saved the customer first; nothing is written
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    CustomerDetail update(String code, CustomerEdit edit);
}
