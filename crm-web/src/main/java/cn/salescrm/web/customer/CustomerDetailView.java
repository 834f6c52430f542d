package cn.salescrm.web.customer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.service.customer.CustomerDetail;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.security.AccessDeniedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.logging.Logger;

/**
 * Backing bean of {@code customer.xhtml}, the customer detail page, keyed by the code in the URL
 * ({@code /crm/customer?code=C000001}). A customer the user may not see, and a code that does not
 * exist, both answer 403 so that the page reveals nothing.
 */
@Named
@ViewScoped
public class CustomerDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CustomerDetailView.class.getName());

    @EJB
    private CustomerService customerService;

    private String code;
    private CustomerDetail detail;

    /** Loads the customer named in the URL, or answers 403. Called by the page's view action. */
    public void load() throws IOException {
        try {
            detail = customerService.open(code == null ? "" : code.trim());
        } catch (AccessDeniedException | EJBAccessException e) {
            LOG.info(() -> "Customer detail " + code + " denied: " + e.getMessage());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public Customer getCustomer() {
        return detail == null ? null : detail.customer();
    }

    public CustomerDetail getDetail() {
        return detail;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
