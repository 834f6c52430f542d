package cn.salescrm.service.bulk;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkTransferItem;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.transfer.TransferExecutor;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * Carries out one item of a bulk transfer job inside the chunk's transaction, with the customer row
 * already locked. A customer that still belongs to the source gets an approved
 * {@link TransferRequest} with the reason "批量移交 #&lt;job id&gt;", applied by the same
 * {@link TransferExecutor} as a single transfer.
 */
final class BulkItemTransfer {

    /** Bundle key of a SKIPPED item whose customer no longer belongs to the job's source. */
    static final String OWNER_CHANGED = "bulk.item.ownerChanged";
    /** Bundle key of a FAILED item whose receiver is no longer active. */
    static final String RECEIVER_INACTIVE = "bulk.item.receiverInactive";

    private final EntityManager em;
    private final BulkTransferJob job;
    private final Caller approver;
    private final TransferExecutor executor;

    /** {@code approver} is the manager who created the job. */
    BulkItemTransfer(EntityManager em, BulkTransferJob job, Caller approver) {
        this.em = em;
        this.job = job;
        this.approver = approver;
        this.executor = new TransferExecutor(em, false);
    }

    /** Returns the reason every transfer request of the job carries. */
    static String reasonOf(long jobId) {
        return "批量移交 #" + jobId;
    }

    /** Processes the PENDING item and records its outcome on the item and the job's counters. */
    void process(BulkTransferItem item, Instant now) {
        Customer customer = item.getCustomer();
        Salesperson receiver = item.getTargetSalesperson();
        if (!customer.getOwner().getId().equals(job.getSourceSalesperson().getId())) {
            item.markProcessed(BulkItemStatus.SKIPPED, OWNER_CHANGED, now);
            return;
        }
        if (!receiver.isActive()) {
            item.markProcessed(BulkItemStatus.FAILED, RECEIVER_INACTIVE, now);
            job.incrementFailedItems();
            return;
        }
        TransferRequest request = new TransferRequest(customer, receiver, false, null, reasonOf(job.getId()),
                approver.login(), approver.displayName(), now);
        if (!job.isKeepShares()) {
            for (CustomerShare share : sharesOf(customer)) {
                // The executor already removes the receiver's own share when it becomes the owner.
                if (!share.getSalesperson().getId().equals(receiver.getId())) {
                    request.addShareChange(share.getSalesperson(), ShareChangeType.REMOVE, null);
                }
            }
        }
        request.approve(approver.login(), approver.displayName(), now, null);
        em.persist(request);
        executor.apply(request, approver, now);
        item.markProcessed(BulkItemStatus.DONE, null, now);
        job.incrementDoneItems();
    }

    private List<CustomerShare> sharesOf(Customer customer) {
        return em.createQuery("SELECT s FROM CustomerShare s WHERE s.customer = :customer ORDER BY s.id",
                        CustomerShare.class)
                .setParameter("customer", customer)
                .getResultList();
    }
}
