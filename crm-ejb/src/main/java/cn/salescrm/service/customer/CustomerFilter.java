package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;

import java.io.Serializable;

/**
 * The customer grid's filters; a null or blank field does not filter. The filters only narrow what
 * the caller may see: none of them can widen it.
 *
 * @param salespersonId customers this salesperson owns or shares (销售员)
 * @param address text contained in the address (客户地址)
 * @param keyword text contained in the code, name or distributor, taken literally, so {@code %},
 *        {@code _} and {@code \} match themselves
 */
public record CustomerFilter(Long productLineId, Long salespersonId, BusinessStatus businessStatus,
                             CustomerScale scale, CustomerType type, String address, Territory territory,
                             String keyword, CustomerStatus status) implements Serializable {

    /** Returns a filter that does not filter. */
    public static CustomerFilter none() {
        return new CustomerFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Returns a copy of this filter limited to the salesperson with the given id. */
    public CustomerFilter withSalesperson(Long id) {
        return new CustomerFilter(productLineId, id, businessStatus, scale, type, address, territory, keyword, status);
    }

    /** Returns a copy of this filter with the given fuzzy search text. */
    public CustomerFilter withKeyword(String text) {
        return new CustomerFilter(productLineId, salespersonId, businessStatus, scale, type, address, territory, text,
                status);
    }
}
