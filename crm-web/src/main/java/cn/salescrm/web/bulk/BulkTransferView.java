package cn.salescrm.web.bulk;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.bulk.BulkItemRow;
import cn.salescrm.service.bulk.BulkJobView;
import cn.salescrm.service.bulk.BulkSelection;
import cn.salescrm.service.bulk.BulkTransferOrder;
import cn.salescrm.service.bulk.BulkTransferService;
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
import java.util.Arrays;
import java.util.List;

/**
 * Backing bean of {@code bulk-transfer.xhtml} (批量移交): the order form with its preview, the
 * progress of the job shown, its items and the recent jobs. The service checks every input and
 * the manager role; this bean only shows what it reports.
 */
@Named
@ViewScoped
public class BulkTransferView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int RECENT_JOBS = 10;
    private static final String FORM = "bulk:";

    @EJB
    private BulkTransferService service;

    @EJB
    private DirectoryService directory;

    @Inject
    private Messages messages;

    private List<SalespersonOption> sources;
    private List<SalespersonOption> receiverOptions;
    private List<ProductLine> productLines;
    private List<BulkJobView> recentJobs;

    private Long sourceId;
    private Territory territory;
    private Long productLineId;
    private CustomerStatus status;
    private BusinessStatus businessStatus;
    private Long[] receiverIds = new Long[0];
    private boolean keepShares = true;
    private Long previewCount;

    private BulkJobView job;
    private ServicePageModel<BulkItemRow> items;

    @PostConstruct
    void init() {
        sources = service.sources();
        receiverOptions = directory.activeSalespeople();
        productLines = directory.productLines();
        recentJobs = service.recentJobs(RECENT_JOBS);
    }

    /** Counts the customers the form selects (预览). */
    public void preview() {
        try {
            previewCount = service.preview(selection());
        } catch (ValidationFailedException e) {
            previewCount = null;
            showError(e);
        }
    }

    /** Starts the bulk transfer (开始移交) and shows its progress. */
    public void start() {
        try {
            long jobId = service.start(new BulkTransferOrder(selection(), Arrays.asList(receiverIds), keepShares));
            open(jobId);
            messages.addInfo("bulk.started", jobId, job.total());
            previewCount = null;
            recentJobs = service.recentJobs(RECENT_JOBS);
        } catch (ValidationFailedException e) {
            showError(e);
        }
    }

    /** Shows the job with the given id, from the list of recent jobs. */
    public void open(long jobId) {
        try {
            job = service.job(jobId);
            items = new ServicePageModel<>((first, size) -> service.items(jobId, first, size));
        } catch (ValidationFailedException e) {
            showError(e);
        }
    }

    /** Reloads the shown job's progress; the poll calls this while the job runs. */
    public void refresh() {
        if (job == null) {
            return;
        }
        try {
            job = service.job(job.id());
        } catch (ValidationFailedException e) {
            job = null;
            items = null;
            showError(e);
            return;
        }
        if (!job.running()) {
            recentJobs = service.recentJobs(RECENT_JOBS);
        }
    }

    /** Returns whether the page should keep polling: a job is shown and still RUNNING. */
    public boolean isPolling() {
        return job != null && job.running();
    }

    /** Returns the text of an item's reason in the page's language, or an empty text. */
    public String itemMessage(BulkItemRow row) {
        return row.messageKey() == null ? "" : messages.text(row.messageKey());
    }

    private BulkSelection selection() {
        return new BulkSelection(sourceId, territory, productLineId, status, businessStatus);
    }

    private void showError(ValidationFailedException e) {
        String clientId = e.field() == null ? null : FORM + e.field();
        messages.addError(clientId, e.messageKey(), e.arguments());
    }

    public List<SalespersonOption> getSources() {
        return sources;
    }

    public List<SalespersonOption> getReceiverOptions() {
        return receiverOptions;
    }

    public List<ProductLine> getProductLines() {
        return productLines;
    }

    public List<BulkJobView> getRecentJobs() {
        return recentJobs;
    }

    public Territory[] getTerritories() {
        return Territory.values();
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }

    public BusinessStatus[] getBusinessStatuses() {
        return BusinessStatus.values();
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public Long getProductLineId() {
        return productLineId;
    }

    public void setProductLineId(Long productLineId) {
        this.productLineId = productLineId;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public BusinessStatus getBusinessStatus() {
        return businessStatus;
    }

    public void setBusinessStatus(BusinessStatus businessStatus) {
        this.businessStatus = businessStatus;
    }

    public Long[] getReceiverIds() {
        return receiverIds;
    }

    public void setReceiverIds(Long[] receiverIds) {
        this.receiverIds = receiverIds == null ? new Long[0] : receiverIds;
    }

    public boolean isKeepShares() {
        return keepShares;
    }

    public void setKeepShares(boolean keepShares) {
        this.keepShares = keepShares;
    }

    public Long getPreviewCount() {
        return previewCount;
    }

    public BulkJobView getJob() {
        return job;
    }

    public ServicePageModel<BulkItemRow> getItems() {
        return items;
    }
}
