package cn.salescrm.service.bulk;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkJobStatus;
import cn.salescrm.domain.transfer.BulkTransferItem;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Processes a bulk transfer job one chunk at a time, each chunk in a transaction of its own.
 *
 * <p>Every call first locks the job row (SELECT ... FOR UPDATE) and only then reads the PENDING
 * items. Two workers on one job, on one server or on two servers sharing the database, therefore
 * take turns: the second waits for the first chunk to commit and then reads its items as processed.
 * A chunk that fails rolls back as a whole, so its items stay PENDING and nothing is done twice.
 *
 * <p>Only {@link BulkTransferWorker} calls this bean; it is {@code @PermitAll} because a job resumed
 * at server start runs without a logged-in manager.
 */
@Stateless
@PermitAll
public class BulkChunkProcessor {

    private static final Logger LOG = Logger.getLogger(BulkChunkProcessor.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    /**
     * Processes up to {@code chunkSize} PENDING items of the job in item id order, or marks the job
     * COMPLETED when none is left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChunkOutcome processNextChunk(long jobId, int chunkSize) {
        BulkTransferJob job = lockRunningJob(jobId);
        if (job == null) {
            return ChunkOutcome.NOT_RUNNING;
        }
        Instant now = Instant.now();
        List<Object[]> pending = pendingItemAndCustomerIds(job, chunkSize);
        if (pending.isEmpty()) {
            job.finish(BulkJobStatus.COMPLETED, now);
            LOG.info(() -> "Bulk transfer job " + jobId + " completed: " + job.getDoneItems() + " done, "
                    + job.getFailedItems() + " failed of " + job.getTotalItems());
            return ChunkOutcome.COMPLETED;
        }
        lockCustomers(pending.stream().map(ids -> (Long) ids[1]).toList());
        BulkItemTransfer transfer = new BulkItemTransfer(em, job, approverOf(job));
        for (BulkTransferItem item : items(pending.stream().map(ids -> (Long) ids[0]).toList())) {
            transfer.process(item, now);
        }
        return ChunkOutcome.PROCESSED;
    }

    /**
     * Marks the job's first PENDING item FAILED with the bundle key {@code messageKey}. The worker
     * calls this when that item alone keeps failing, so one bad customer cannot stop the job.
     * Returns whether there was such an item.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failNextItem(long jobId, String messageKey) {
        BulkTransferJob job = lockRunningJob(jobId);
        if (job == null) {
            return false;
        }
        List<Object[]> pending = pendingItemAndCustomerIds(job, 1);
        if (pending.isEmpty()) {
            return false;
        }
        BulkTransferItem item = em.find(BulkTransferItem.class, pending.get(0)[0]);
        item.markProcessed(BulkItemStatus.FAILED, messageKey, Instant.now());
        job.incrementFailedItems();
        LOG.warning(() -> "Bulk transfer job " + jobId + ": item " + item.getId() + " marked FAILED");
        return true;
    }

    private BulkTransferJob lockRunningJob(long jobId) {
        BulkTransferJob job = em.find(BulkTransferJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        return job == null || job.getStatus() != BulkJobStatus.RUNNING ? null : job;
    }

    /** Returns pairs of item id and customer id of the job's first PENDING items, in item id order. */
    private List<Object[]> pendingItemAndCustomerIds(BulkTransferJob job, int maxResults) {
        return em.createQuery("""
                        SELECT i.id, i.customer.id FROM BulkTransferItem i
                        WHERE i.job = :job AND i.status = :status ORDER BY i.id""", Object[].class)
                .setParameter("job", job)
                .setParameter("status", BulkItemStatus.PENDING)
                .setMaxResults(maxResults)
                .getResultList();
    }

    /**
     * Locks the customer rows in id order and loads them fresh. They stay in the persistence
     * context, so the items find them there without another query.
     */
    private void lockCustomers(List<Long> customerIds) {
        em.createQuery("SELECT c FROM Customer c WHERE c.id IN :ids ORDER BY c.id", Customer.class)
                .setParameter("ids", customerIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private List<BulkTransferItem> items(List<Long> itemIds) {
        return em.createQuery("SELECT i FROM BulkTransferItem i WHERE i.id IN :ids ORDER BY i.id",
                        BulkTransferItem.class)
                .setParameter("ids", itemIds)
                .getResultList();
    }

    private Caller approverOf(BulkTransferJob job) {
        String login = job.getCreatedByLogin();
        return new Caller(login, callerResolver.displayNameOf(login), true, null, null);
    }
}
