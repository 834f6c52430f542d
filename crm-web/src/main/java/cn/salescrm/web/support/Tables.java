package cn.salescrm.web.support;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/**
 * Helpers for the PrimeFaces tables of the pages.
 */
public final class Tables {

    private Tables() {
    }

    /** Moves the table with the client id to its first page, after its search text changed. */
    public static void showFirstPage(String clientId) {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (table != null) {
            table.setFirst(0);
        }
    }
}
