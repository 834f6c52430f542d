package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;

import java.io.Serializable;
import java.util.List;

/**
 * Input of 新增客户. The service checks every field again; pages validate only for quick feedback.
 *
 * @param ownerId owner chosen by a manager; ignored for a salesperson, who always becomes the owner
 * @param contactName name of the primary contact, optional
 */
public record NewCustomer(String code, String shortName, String name, List<Long> productLineIds,
                          String distributor, CustomerScale scale, CustomerType type,
                          BusinessStatus businessStatus, Territory territory, String address, String phone,
                          String website, String remark, String contactName, String contactPhone, Long ownerId)
        implements Serializable {
}
