package cn.salescrm.web.customer.tab;

import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.directory.DirectoryPerson;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.transfer.AccessExplanation;
import cn.salescrm.service.transfer.CurrentShare;
import cn.salescrm.service.transfer.HistoryEntry;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.SubmitResult;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferForm;
import cn.salescrm.service.transfer.TransferPreview;
import cn.salescrm.service.transfer.TransferQueryService;
import cn.salescrm.service.transfer.TransferService;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.DisplayFormats;
import cn.salescrm.web.support.LogText;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import cn.salescrm.web.support.Tables;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Tab 客户移交共享: the new owner chosen in the salesperson picker, the sharers ticked by region, a
 * preview, one submit, the pending request and the history. A manager may also ask why a user can
 * see the customer.
 */
@Named
@ViewScoped
public class TransferTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(TransferTabView.class.getName());

    private static final String SUBVIEW = "transfer";

    private static final String PICKER_TABLE = "detail:tabs:transfer:pickerTable";

    @EJB
    private TransferService transferService;

    @EJB
    private TransferQueryService queryService;

    @EJB
    private DirectoryService directory;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    @Inject
    private DisplayFormats formats;

    private TransferForm form;
    private boolean loadDenied;
    private List<SalespersonOption> salespeople;
    /** The groups last built, for the owner-after they exclude; the page reads them several times. */
    private Map<String, List<SalespersonOption>> sharerGroups;
    private long sharerGroupsOwner;
    private Long newOwnerId;
    private String newOwnerName;
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private final Map<Long, LocalDate> shareUntil = new HashMap<>();
    private boolean keepPreviousOwner;
    private LocalDate previousOwnerShareUntil;
    private String reason;
    private TransferPreview preview;
    private String pickerFilter;
    private ServicePageModel<SalespersonOption> pickerModel;
    private ServicePageModel<HistoryEntry> historyModel;
    private String explainLogin;
    private AccessExplanation explanation;

    /** Returns the form, loading it and filling the inputs from the customer when the tab is first shown. */
    public TransferForm getForm() {
        if (form == null && !loadDenied && !reload()) {
            loadDenied = true;
            messages.addError(null, "transfer.denied");
        }
        return form;
    }

    /** Returns the active salespeople but the owner after the submit, grouped by sales region. */
    public Map<String, List<SalespersonOption>> getSharerGroups() {
        if (salespeople == null) {
            salespeople = directory.activeSalespeople();
            sharerGroups = null;
        }
        long ownerAfter = newOwnerId == null ? getForm().ownerId() : newOwnerId;
        if (sharerGroups != null && sharerGroupsOwner == ownerAfter) {
            return sharerGroups;
        }
        Map<String, List<SalespersonOption>> groups = new LinkedHashMap<>();
        salespeople.stream()
                .filter(person -> person.id() != ownerAfter)
                .sorted(Comparator.comparing(SalespersonOption::regionName).thenComparing(SalespersonOption::code))
                .forEach(person -> groups.computeIfAbsent(person.regionName(), region -> new ArrayList<>())
                        .add(person));
        sharerGroups = groups;
        sharerGroupsOwner = ownerAfter;
        return groups;
    }

    /** Returns the picker's table: active salespeople but the current owner, filtered by the search box. */
    public ServicePageModel<SalespersonOption> getPickerModel() {
        if (pickerModel == null) {
            long owner = getForm().ownerId();
            pickerModel = new ServicePageModel<>((first, size) ->
                    directory.pickSalespeople(pickerFilter, owner, first, size));
        }
        return pickerModel;
    }

    /**
     * Takes the salesperson chosen in the picker as the new owner after the server accepts them. On a
     * rejection the choice is not taken, and the dialog stays open with the message.
     */
    public void choose(SalespersonOption chosen) {
        Long previousChoice = newOwnerId;
        newOwnerId = chosen.id();
        ticked.remove(chosen.id());
        try {
            transferService.preview(detail.getCode(), change());
            newOwnerName = chosen.name() + " (" + chosen.code() + ")";
        } catch (ValidationFailedException e) {
            if ("transfer.noChange".equals(e.messageKey())) {
                newOwnerName = chosen.name() + " (" + chosen.code() + ")";
                return;
            }
            newOwnerId = previousChoice;
            messages.addError(PICKER_TABLE, e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleCustomerException e) {
            newOwnerId = previousChoice;
            stale(e, PICKER_TABLE);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (AccessDeniedException | EJBAccessException e) {
            newOwnerId = previousChoice;
            denied(e, PICKER_TABLE);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Puts the owner back to the current one. */
    public void resetOwner() {
        newOwnerId = null;
        newOwnerName = null;
        keepPreviousOwner = false;
        previousOwnerShareUntil = null;
    }

    /** Shows the first page of the picker's table after its search text changed. */
    public void filterPicker() {
        Tables.showFirstPage(PICKER_TABLE);
    }

    /** Clears the picker's search when the dialog opens. */
    public void openPicker() {
        pickerFilter = null;
    }

    /** Computes what the submit would do and shows it for confirmation. */
    public void showPreview() {
        preview = null;
        try {
            preview = transferService.preview(detail.getCode(), change());
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId(SUBVIEW, e.field()), e.messageKey(), e.arguments());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleCustomerException e) {
            stale(e, null);
            FacesContext.getCurrentInstance().validationFailed();
        } catch (AccessDeniedException | EJBAccessException e) {
            denied(e, null);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Submits the owner choice and the sharer set together. */
    public void submit() {
        try {
            SubmitResult result = transferService.submit(detail.getCode(), change());
            preview = null;
            reason = null;
            if (result.outcome() == SubmitOutcome.PENDING) {
                messages.addInfo("transfer.requested");
                reload();
                return;
            }
            detail.reloadAfterTransfer();
            if (reload()) {
                messages.addInfo("transfer.applied");
            } else {
                leaveCustomer();
            }
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId(SUBVIEW, e.field()), e.messageKey(), e.arguments());
        } catch (StaleCustomerException e) {
            stale(e, null);
        } catch (AccessDeniedException | EJBAccessException e) {
            denied(e, null);
        }
    }

    /** Withdraws the caller's pending request. */
    public void cancelPending() {
        try {
            transferService.cancel(getForm().pending().id());
            messages.addInfo("transfer.cancelled");
        } catch (ValidationFailedException e) {
            messages.addError(null, e.messageKey(), e.arguments());
        } catch (AccessDeniedException | EJBAccessException e) {
            denied(e, null);
            return;
        }
        reload();
    }

    /** Explains the access of the login chosen by the manager. */
    public void explain() {
        explanation = null;
        if (explainLogin == null || explainLogin.isBlank()) {
            messages.addError("detail:tabs:transfer:explainLogin", "validation.required");
            return;
        }
        try {
            explanation = queryService.explain(detail.getCode(), explainLogin);
        } catch (AccessDeniedException | EJBAccessException e) {
            denied(e, null);
        }
    }

    /** Returns the people a manager may ask about. */
    public List<DirectoryPerson> getPeople() {
        return directory.peopleWithLogin();
    }

    /** Returns the history table, created when first shown. */
    public ServicePageModel<HistoryEntry> getHistoryModel() {
        if (historyModel == null) {
            String code = detail.getCode();
            historyModel = new ServicePageModel<>((first, size) -> queryService.history(code, first, size));
        }
        return historyModel;
    }

    /** Returns whether the caller made the pending request and so may withdraw it. */
    public boolean isMyPending() {
        TransferForm loaded = getForm();
        return loaded.pending() != null
                && loaded.pending().requesterLogin().equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRemoteUser());
    }

    /** Returns whether a new owner other than the current one is chosen. */
    public boolean isTransferChosen() {
        return newOwnerId != null && newOwnerId != getForm().ownerId();
    }

    private TransferChange change() {
        List<TransferChange.Sharer> sharers = new ArrayList<>();
        ticked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                LocalDate until = shareUntil.get(id);
                sharers.add(new TransferChange.Sharer(id, until == null ? null : BusinessDays.endOf(until)));
            }
        });
        boolean keep = isTransferChosen() && keepPreviousOwner;
        Instant keepUntil = keep && previousOwnerShareUntil != null ? BusinessDays.endOf(previousOwnerShareUntil)
                : null;
        return new TransferChange(getForm().customerVersion(), newOwnerId, sharers, keep, keepUntil, reason);
    }

    /** Loads the form again and fills the inputs from it; returns false if the user may no longer open it. */
    private boolean reload() {
        try {
            form = queryService.form(detail.getCode());
        } catch (AccessDeniedException | EJBAccessException e) {
            LOG.info(() -> "Transfer tab of " + LogText.safe(detail.getCode()) + " no longer open to the user: "
                    + LogText.safe(e.getMessage()));
            return false;
        }
        newOwnerId = null;
        newOwnerName = null;
        keepPreviousOwner = false;
        previousOwnerShareUntil = null;
        ticked.clear();
        shareUntil.clear();
        for (CurrentShare share : form.shares()) {
            ticked.put(share.salespersonId(), Boolean.TRUE);
            if (share.expiresAt() != null) {
                shareUntil.put(share.salespersonId(), BusinessDays.lastDayBefore(share.expiresAt()));
            }
        }
        salespeople = null;
        historyModel = null;
        pickerModel = null;
        return true;
    }

    /**
     * Sends the user to the customer grid after their own change took the customer away from them,
     * with the success message kept for the next page.
     */
    private void leaveCustomer() {
        messages.addInfo("transfer.appliedAway", detail.getCode());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/customers");
        } catch (IOException e) {
            throw new UncheckedIOException("Redirecting to the customer grid failed", e);
        }
    }

    private void stale(StaleCustomerException e, String clientId) {
        messages.addError(clientId, "customer.stale", e.changedBy(), formats.dateTime(e.changedAt()));
    }

    private void denied(Exception e, String clientId) {
        LOG.info(() -> "Transfer tab action denied on " + LogText.safe(detail.getCode()) + ": "
                + LogText.safe(e.getMessage()));
        messages.addError(clientId, "transfer.denied");
    }

    public Long getNewOwnerId() {
        return newOwnerId;
    }

    /** Returns the chosen owner's name and code, or the current owner's when none is chosen. */
    public String getNewOwnerName() {
        if (newOwnerName != null) {
            return newOwnerName;
        }
        TransferForm loaded = getForm();
        return loaded == null ? "" : loaded.ownerName() + " (" + loaded.ownerCode() + ")";
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public Map<Long, LocalDate> getShareUntil() {
        return shareUntil;
    }

    public boolean isKeepPreviousOwner() {
        return keepPreviousOwner;
    }

    public void setKeepPreviousOwner(boolean keepPreviousOwner) {
        this.keepPreviousOwner = keepPreviousOwner;
    }

    public LocalDate getPreviousOwnerShareUntil() {
        return previousOwnerShareUntil;
    }

    public void setPreviousOwnerShareUntil(LocalDate previousOwnerShareUntil) {
        this.previousOwnerShareUntil = previousOwnerShareUntil;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public TransferPreview getPreview() {
        return preview;
    }

    public String getPickerFilter() {
        return pickerFilter;
    }

    public void setPickerFilter(String pickerFilter) {
        this.pickerFilter = Objects.requireNonNullElse(pickerFilter, "").strip();
    }

    public String getExplainLogin() {
        return explainLogin;
    }

    public void setExplainLogin(String explainLogin) {
        this.explainLogin = explainLogin;
    }

    public AccessExplanation getExplanation() {
        return explanation;
    }
}
