package cn.salescrm.web.customer.tab;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Contact;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.customer.CustomerEdit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable fields of 客户基本资料 as the form binds them, with the version the form loaded.
 */
public class BasicForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private String shortName;
    private String name;
    private List<Long> productLineIds = new ArrayList<>();
    private String distributor;
    private CustomerScale scale;
    private CustomerType type;
    private BusinessStatus businessStatus;
    private CustomerStatus status;
    private Territory territory;
    private String address;
    private String phone;
    private String website;
    private String remark;
    private final List<ContactForm> contacts = new ArrayList<>();

    /** Returns a form filled from the customer as loaded. */
    static BasicForm of(Customer customer) {
        BasicForm form = new BasicForm();
        form.version = customer.getVersion();
        form.shortName = customer.getShortName();
        form.name = customer.getName();
        form.productLineIds = new ArrayList<>(customer.getProductLines().stream().map(ProductLine::getId).toList());
        form.distributor = customer.getDistributor();
        form.scale = customer.getScale();
        form.type = customer.getType();
        form.businessStatus = customer.getBusinessStatus();
        form.status = customer.getStatus();
        form.territory = customer.getTerritory();
        form.address = customer.getAddress();
        form.phone = customer.getPhone();
        form.website = customer.getWebsite();
        form.remark = customer.getRemark();
        customer.getContacts().forEach(contact -> form.contacts.add(ContactForm.of(contact)));
        return form;
    }

    /** Returns the edit the service takes. */
    CustomerEdit toEdit() {
        return new CustomerEdit(version, shortName, name, productLineIds, distributor, scale, type, businessStatus,
                status, territory, address, phone, website, remark,
                contacts.stream().map(ContactForm::toEdit).toList());
    }

    /** One contact row of the form; {@code removed} marks a row the user deleted. */
    public static class ContactForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private String name;
        private String title;
        private String phone;
        private String mobile;
        private String email;
        private String wechat;
        private boolean primary;
        private boolean removed;

        static ContactForm of(Contact contact) {
            ContactForm form = new ContactForm();
            form.id = contact.getId();
            form.name = contact.getName();
            form.title = contact.getTitle();
            form.phone = contact.getPhone();
            form.mobile = contact.getMobile();
            form.email = contact.getEmail();
            form.wechat = contact.getWechat();
            form.primary = contact.isPrimaryContact();
            return form;
        }

        CustomerEdit.ContactEdit toEdit() {
            return new CustomerEdit.ContactEdit(id, name, title, phone, mobile, email, wechat, primary, removed);
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getMobile() {
            return mobile;
        }

        public void setMobile(String mobile) {
            this.mobile = mobile;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getWechat() {
            return wechat;
        }

        public void setWechat(String wechat) {
            this.wechat = wechat;
        }

        public boolean isPrimary() {
            return primary;
        }

        public void setPrimary(boolean primary) {
            this.primary = primary;
        }

        public boolean isRemoved() {
            return removed;
        }

        public void setRemoved(boolean removed) {
            this.removed = removed;
        }
    }

    public long getVersion() {
        return version;
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

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
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

    public List<ContactForm> getContacts() {
        return contacts;
    }
}
