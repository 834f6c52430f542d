package cn.salescrm.service.customer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.Customer;

import java.io.Serializable;

/**
 * A customer opened on the detail page, with its owner, merchandiser, product lines and contacts
 * loaded, and the caller's relation to it.
 */
public record CustomerDetail(Customer customer, Relation relation) implements Serializable {

    /** Returns whether the caller may take the action; pages use it to hide what would be refused. */
    public boolean may(CustomerAction action) {
        return action.isAllowedFor(relation);
    }
}
