package cn.salescrm.web.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.service.customer.CustomerFilter;

import java.io.Serializable;

/**
 * The customer grid's filter fields as the form edits them; {@link #toFilter()} takes a snapshot
 * when the user submits (提交查询).
 */
public class FilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long productLineId;
    private Long salespersonId;
    private BusinessStatus businessStatus;
    private CustomerScale scale;
    private CustomerType type;
    private String address;
    private Territory territory;
    private String keyword;
    private CustomerStatus status;

    /** Returns the filter these fields describe. */
    public CustomerFilter toFilter() {
        return new CustomerFilter(productLineId, salespersonId, businessStatus, scale, type, address, territory,
                keyword, status);
    }

    public Long getProductLineId() {
        return productLineId;
    }

    public void setProductLineId(Long productLineId) {
        this.productLineId = productLineId;
    }

    public Long getSalespersonId() {
        return salespersonId;
    }

    public void setSalespersonId(Long salespersonId) {
        this.salespersonId = salespersonId;
    }

    public BusinessStatus getBusinessStatus() {
        return businessStatus;
    }

    public void setBusinessStatus(BusinessStatus businessStatus) {
        this.businessStatus = businessStatus;
    }

    public CustomerScale getScale() {
        return scale;
    }

    public void setScale(CustomerScale scale) {
        this.scale = scale;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }
}
