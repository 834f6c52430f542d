package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;

import java.io.Serializable;
import java.util.List;

/**
 * The edited 客户基本资料 of one customer, with the version the form loaded. The code, owner and
 * merchandiser are not edited here: the code identifies the customer, and owner and merchandiser
 * change only by a transfer.
 *
 * @param status changed only by a manager (the review of a new customer)
 * @param contacts every contact as the form shows it; a contact missing from the list is kept
 */
public record CustomerEdit(long version, String shortName, String name, List<Long> productLineIds,
                           String distributor, CustomerScale scale, CustomerType type,
                           BusinessStatus businessStatus, CustomerStatus status, Territory territory, String address,
                           String phone, String website, String remark, List<ContactEdit> contacts)
        implements Serializable {

    /**
     * One contact in the form.
     *
     * @param id null for a new contact
     * @param removed the user deleted it
     */
    public record ContactEdit(Long id, String name, String title, String phone, String mobile, String email,
                              String wechat, boolean primary, boolean removed) implements Serializable {
    }
}
