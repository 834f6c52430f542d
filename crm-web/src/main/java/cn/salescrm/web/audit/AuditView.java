package cn.salescrm.web.audit;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditRow;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing bean of {@code audit.xhtml}, the audit trail (审计日志). The form's values become the
 * applied filter only when the service accepts them, so the table and the export link always use a
 * valid filter.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService service;

    @EJB
    private DirectoryService directory;

    @Inject
    private Messages messages;

    private String customer;
    private Long salespersonId;
    private AuditEventType type;
    private LocalDate from;
    private LocalDate to;

    private AuditFilter applied = AuditFilter.none();
    private List<SalespersonOption> salespeople;
    private ServicePageModel<AuditRow> model;

    @PostConstruct
    void init() {
        salespeople = directory.activeSalespeople();
        model = new ServicePageModel<>((first, size) -> service.search(applied, first, size));
    }

    /** Applies the form's filter once the service accepts it. An invalid filter shows a message and keeps the last one. */
    public void search() {
        AuditFilter candidate = new AuditFilter(customer, salespersonId, type, from, to);
        try {
            service.search(candidate, 0, 1);
            applied = candidate;
        } catch (ValidationFailedException e) {
            messages.addError(e.field() == null ? null : "audit:" + e.field(), e.messageKey(), e.arguments());
        }
    }

    /** Returns the event types for the type filter. */
    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    /** Returns the limit of one export, for the note beside the export link. */
    public int getExportLimit() {
        return AuditService.EXPORT_LIMIT;
    }

    public AuditFilter getApplied() {
        return applied;
    }

    public ServicePageModel<AuditRow> getModel() {
        return model;
    }

    public List<SalespersonOption> getSalespeople() {
        return salespeople;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Long getSalespersonId() {
        return salespersonId;
    }

    public void setSalespersonId(Long salespersonId) {
        this.salespersonId = salespersonId;
    }

    public AuditEventType getType() {
        return type;
    }

    public void setType(AuditEventType type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
