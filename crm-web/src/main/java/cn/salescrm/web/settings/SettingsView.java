package cn.salescrm.web.settings;

import cn.salescrm.service.settings.SettingsService;
import cn.salescrm.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Backing bean of {@code settings.xhtml}: the approval policy switch.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SettingsService service;

    @Inject
    private Messages messages;

    private boolean approvalRequired;

    @PostConstruct
    void init() {
        approvalRequired = service.approvalRequired();
    }

    /** Saves the policy and shows whether it changed. */
    public void save() {
        boolean changed = service.setApprovalRequired(approvalRequired);
        String state = messages.text(approvalRequired ? "settings.approval.on" : "settings.approval.off");
        messages.addInfo(changed ? "settings.saved" : "settings.unchanged", state);
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }
}
