package cn.salescrm.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backing bean of the 500 page: logs the failure once, with a short correlation id that the page
 * shows, so support can find the stack trace in the server log without showing it to the user.
 */
@Named
@RequestScoped
public class ErrorPageView {

    private static final Logger LOG = Logger.getLogger(ErrorPageView.class.getName());

    private String correlationId;

    /** Returns the id of this failure, logging the exception the first time it is asked for. */
    public String getCorrelationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object exception = request.get("jakarta.servlet.error.exception");
            Object uri = request.get("jakarta.servlet.error.request_uri");
            if (exception instanceof Throwable failure) {
                LOG.log(Level.SEVERE, "Request " + uri + " failed, error id " + correlationId, failure);
            } else {
                LOG.severe(() -> "Request " + uri + " failed, error id " + correlationId);
            }
        }
        return correlationId;
    }
}
