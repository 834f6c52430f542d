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
}
