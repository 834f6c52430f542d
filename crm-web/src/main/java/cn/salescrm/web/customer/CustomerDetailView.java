package cn.salescrm.web.customer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.service.customer.CustomerDetail;
import cn.salescrm.service.customer.CustomerService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.web.support.LogText;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/**
 * Backing bean of {@code customer.xhtml}, the customer detail page, keyed by the code in the URL
 * ({@code /crm/customer?code=C000001}). A customer the user may not see, and a code that does not
 * exist, both get 403 so that the page reveals nothing.
 */
@Named
@ViewScoped
public class CustomerDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CustomerDetailView.class.getName());

    @EJB
    private CustomerService customerService;

    /** Tab names of {@code &tab=}, in the order the page shows the tabs. */
    static final List<String> TABS = List.of("basic", "followups", "projects", "transfer", "orders", "quotes",
            "inquiries", "complaints", "attachments");

    private String code;
    private String tab;
    private CustomerDetail detail;

    /** Loads the customer named in the URL, or sends 403. Called by the page's view action. */
    public void load() throws IOException {
        try {
            detail = customerService.open(code == null ? "" : code.trim());
        } catch (AccessDeniedException | EJBAccessException e) {
            LOG.info(() -> "Customer detail denied: " + LogText.safe(e.getMessage()));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    /** Returns whether the user may take the action, for showing buttons; the services check again. */
    public boolean may(String action) {
        return detail != null && detail.may(CustomerAction.valueOf(action));
    }

    /**
     * Reads the customer again after a transfer or share took effect, so that every tab shows the new
     * owner. A caller who lost access keeps the old copy, and the services refuse their next action.
     */
    public void reloadAfterTransfer() {
        try {
            detail = customerService.open(code);
        } catch (AccessDeniedException | EJBAccessException e) {
            LOG.info(() -> "Customer " + LogText.safe(code) + " no longer open to the user: "
                    + LogText.safe(e.getMessage()));
        }
    }

    /** Shows the customer as a save returned it. */
    public void replace(CustomerDetail saved) {
        detail = saved;
    }

    public Customer getCustomer() {
        return detail == null ? null : detail.customer();
    }

    public CustomerDetail getDetail() {
        return detail;
    }

    /** Returns the index of the tab named in the URL; the first tab for a missing or unknown name. */
    public int getActiveIndex() {
        return tab == null ? 0 : Math.max(0, TABS.indexOf(tab));
    }

    /** Keeps the tab the user opened, so a reload or a bookmark of the URL opens it again. */
    public void setActiveIndex(int index) {
        tab = TABS.get(Math.max(0, Math.min(index, TABS.size() - 1)));
    }

    /** Returns the tab names in page order, comma-separated, for the script that writes {@code &tab=}. */
    public String getTabNames() {
        return String.join(",", TABS);
    }

    /** Returns the name of the shown tab, as used in {@code &tab=}. */
    public String getTab() {
        return TABS.get(getActiveIndex());
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
