package cn.salescrm.web.customer.tab;

import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.followup.FollowUpRow;
import cn.salescrm.service.followup.FollowUpService;
import cn.salescrm.service.followup.NewFollowUp;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Tab 客户跟进记录: the follow-ups, newest first, and the form to add one.
 */
@Named
@ViewScoped
public class FollowUpTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService service;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    private ServicePageModel<FollowUpRow> model;
    private LocalDate date = today();
    private FollowUpMethod method = FollowUpMethod.PHONE;
    private String content;
    private String nextStep;

    /** Returns the table model, created when the tab is first shown. */
    public ServicePageModel<FollowUpRow> getModel() {
        if (model == null) {
            String code = detail.getCode();
            model = new ServicePageModel<>((first, size) -> service.list(code, first, size));
        }
        return model;
    }

    /** Adds the follow-up in the form and clears the form. */
    public void add() {
        try {
            service.add(detail.getCode(), new NewFollowUp(date, method, content, nextStep));
            messages.addInfo("followUp.added");
            content = null;
            nextStep = null;
            date = today();
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId("followUps", e.field()), e.messageKey(), e.arguments());
        }
    }

    /** Returns the methods a user may choose; SYSTEM is the application's own. */
    public List<FollowUpMethod> getMethods() {
        return Arrays.stream(FollowUpMethod.values()).filter(m -> m != FollowUpMethod.SYSTEM).toList();
    }

    private static LocalDate today() {
        return BusinessDays.dayOf(Instant.now());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }
}
