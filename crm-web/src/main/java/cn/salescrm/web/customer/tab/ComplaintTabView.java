package cn.salescrm.web.customer.tab;

import cn.salescrm.service.complaint.ComplaintRow;
import cn.salescrm.service.complaint.ComplaintService;
import cn.salescrm.service.complaint.NewComplaint;
import cn.salescrm.service.error.ValidationFailedException;
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

/**
 * Tab 客户投诉记录: the complaints, newest first, and the form to record one.
 */
@Named
@ViewScoped
public class ComplaintTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService service;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    private ServicePageModel<ComplaintRow> model;
    private LocalDate date = BusinessDays.dayOf(Instant.now());
    private String subject;
    private String description;
    private String handledBy;

    public ServicePageModel<ComplaintRow> getModel() {
        if (model == null) {
            String code = detail.getCode();
            model = new ServicePageModel<>((first, size) -> service.list(code, first, size));
        }
        return model;
    }

    /** Records the complaint in the form. */
    public void add() {
        try {
            service.add(detail.getCode(), new NewComplaint(date, subject, description, handledBy));
            messages.addInfo("complaint.added");
            subject = null;
            description = null;
            handledBy = null;
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId("complaints", e.field()), e.messageKey(), e.arguments());
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public void setHandledBy(String handledBy) {
        this.handledBy = handledBy;
    }
}
