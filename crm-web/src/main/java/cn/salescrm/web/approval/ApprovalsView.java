package cn.salescrm.web.approval;

import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.transfer.RequestView;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.TransferQueryService;
import cn.salescrm.service.transfer.TransferService;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import cn.salescrm.web.support.Tables;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Page /approvals: the requests waiting for a manager, with approve and reject (reason required).
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TransferQueryService queryService;

    @EJB
    private TransferService transferService;

    @Inject
    private Messages messages;

    private ServicePageModel<RequestView> model;
    private RequestView rejecting;
    private String rejectReason;
    private String customerFilter;

    /** Returns the table of pending requests, oldest first. */
    public ServicePageModel<RequestView> getModel() {
        if (model == null) {
            model = new ServicePageModel<>((first, size) -> queryService.pendingRequests(customerFilter, first, size));
        }
        return model;
    }

    /** Approves the request and carries it out, or reports that it went stale. */
    public void approve(RequestView request) {
        try {
            SubmitOutcome outcome = transferService.approve(request.id()).outcome();
            if (outcome == SubmitOutcome.STALE) {
                messages.addError(null, "approval.stale", request.id(), request.customerCode());
            } else {
                messages.addInfo("approval.approved", request.id(), request.customerCode());
            }
        } catch (ValidationFailedException e) {
            messages.addError(null, e.messageKey(), e.arguments());
        }
    }

    /** Opens the reject dialog for the request. */
    public void startReject(RequestView request) {
        rejecting = request;
        rejectReason = null;
    }

    /** Rejects the request chosen in the dialog; the dialog stays open while the reason is missing. */
    public void reject() {
        if (rejecting == null) {
            return;
        }
        try {
            transferService.reject(rejecting.id(), rejectReason);
            messages.addInfo("approval.rejected", rejecting.id(), rejecting.customerCode());
            rejecting = null;
        } catch (ValidationFailedException e) {
            String field = "reason".equals(e.field()) ? "rejectForm:rejectReason" : null;
            messages.addError(field, e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Returns how long the request has waited, in days and hours. */
    public String age(Instant requestedAt) {
        Duration waited = Duration.between(requestedAt, Instant.now());
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        return messages.text("approval.age", waited.toDays(), waited.toHoursPart(), waited.toMinutesPart());
    }

    /** Shows the first page of the requests whose customer matches the search box. */
    public void search() {
        Tables.showFirstPage("approvals:requests");
    }

    public String getCustomerFilter() {
        return customerFilter;
    }

    public void setCustomerFilter(String customerFilter) {
        this.customerFilter = customerFilter;
    }

    public RequestView getRejecting() {
        return rejecting;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
