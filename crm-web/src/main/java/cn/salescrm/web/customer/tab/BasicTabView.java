package cn.salescrm.web.customer.tab;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.customer.CustomerDetail;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.DisplayFormats;
import cn.salescrm.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Tab 客户基本资料: read-only for most users, a form for the owner and managers. The form keeps
 * the version it loaded, so a save after someone else's is rejected with their name and time.
 */
@Named
@ViewScoped
public class BasicTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService service;

    @EJB
    private DirectoryService directory;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    @Inject
    private DisplayFormats formats;

    private BasicForm form;
    private List<ProductLine> productLines;
    private boolean editing;

    /** Returns whether the user may edit; the service checks again on save. */
    public boolean isEditable() {
        CustomerDetail current = detail.getDetail();
        return current != null && current.may(CustomerAction.EDIT_BASIC);
    }

    /** Returns whether the user may change the review status (managers). */
    public boolean isStatusEditable() {
        return directory.currentUser().manager();
    }

    /** Opens the form with the customer as it was loaded. */
    public void edit() {
        form = BasicForm.of(detail.getCustomer());
        editing = true;
    }

    public void cancel() {
        editing = false;
        form = null;
    }

    /** Saves the form; on success the page shows the saved customer. */
    public void save() {
        try {
            CustomerDetail saved = service.update(detail.getCode(), form.toEdit());
            detail.replace(saved);
            editing = false;
            form = null;
            messages.addInfo("customer.saved");
        } catch (StaleCustomerException e) {
            messages.addError(null, "customer.stale", e.changedBy(), formats.dateTime(e.changedAt()));
        } catch (ValidationFailedException e) {
            messages.addError(formFieldId(e.field()), e.messageKey(), e.arguments());
        }
    }

    /** Returns the client id of the form field a service finding names; the form's ids start with "edit". */
    private static String formFieldId(String field) {
        if (field == null || field.startsWith("contact")) {
            return null;
        }
        return TabForms.clientId("basic", "edit" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
    }

    public void addContact() {
        form.getContacts().add(new BasicForm.ContactForm());
    }

    public List<ProductLine> getProductLines() {
        if (productLines == null) {
            productLines = directory.productLines();
        }
        return productLines;
    }

    public BasicForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
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

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public Territory[] getTerritories() {
        return Territory.values();
    }
}
