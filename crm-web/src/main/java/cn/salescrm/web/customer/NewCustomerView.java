package cn.salescrm.web.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.customer.NewCustomer;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backing bean of {@code customer-new.xhtml} (新增客户). The page validates for quick feedback; the
 * service validates again and its findings, such as a code in use, appear beside the field.
 */
@Named
@ViewScoped
public class NewCustomerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customerService;

    @EJB
    private DirectoryService directory;

    @Inject
    private Messages messages;

    private boolean manager;
    private List<ProductLine> productLines;
    private List<SalespersonOption> salespeople;

    private String code;
    private String shortName;
    private String name;
    private List<Long> productLineIds = new ArrayList<>();
    private String distributor;
    private CustomerScale scale;
    private CustomerType type;
    private BusinessStatus businessStatus;
    private Territory territory;
    private String address;
    private String phone;
    private String website;
    private String remark;
    private String contactName;
    private String contactPhone;
    private Long ownerId;

    @PostConstruct
    void init() {
        manager = directory.currentUser().manager();
        productLines = directory.productLines();
        salespeople = manager ? directory.activeSalespeople() : List.of();
    }

    /** Creates the customer and opens its detail page, or shows what is wrong beside the fields. */
    public void save() throws IOException {
        try {
            Customer created = customerService.create(new NewCustomer(code, shortName, name, productLineIds,
                    distributor, scale, type, businessStatus, territory, address, phone, website, remark,
                    contactName, contactPhone, ownerId));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            messages.addInfo("customer.created", created.getCode());
            external.redirect(external.getRequestContextPath() + "/customer?code=" + created.getCode());
        } catch (ValidationFailedException e) {
            String clientId = e.field() == null ? null : "customerForm:" + e.field();
            messages.addError(clientId, e.messageKey(), e.arguments());
        }
    }

    public boolean isManager() {
        return manager;
    }

    public List<ProductLine> getProductLines() {
        return productLines;
    }

    public List<SalespersonOption> getSalespeople() {
        return salespeople;
    }

    public CustomerScale[] getScales() {
        return CustomerScale.values();
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public BusinessStatus[] getBusinessStatuses() {
        return BusinessStatus.values();
    }

    public Territory[] getTerritories() {
        return Territory.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getProductLineIds() {
        return productLineIds;
    }

    public void setProductLineIds(List<Long> productLineIds) {
        this.productLineIds = productLineIds;
    }

    public String getDistributor() {
        return distributor;
    }

    public void setDistributor(String distributor) {
        this.distributor = distributor;
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

    public BusinessStatus getBusinessStatus() {
        return businessStatus;
    }

    public void setBusinessStatus(BusinessStatus businessStatus) {
        this.businessStatus = businessStatus;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
