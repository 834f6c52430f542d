package cn.salescrm.service.bulk;

import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkJobStatus;
import cn.salescrm.domain.transfer.BulkTransferItem;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.transfer.TransferFollowUpText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    /** Bundle key of a SKIPPED item whose customer no longer belongs to the job's source. */
    static final String OWNER_CHANGED = "bulk.item.ownerChanged";
    /** Bundle key of a FAILED item whose receiver is no longer active. */
    static final String RECEIVER_INACTIVE = "bulk.item.receiverInactive";

    private static final Logger LOG = Logger.getLogger(BulkChunkProcessor.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    /**
     * Processes up to {@code chunkSize} PENDING items of the job in item id order, or marks the job
     * COMPLETED and sends its notifications when none is left.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChunkOutcome processNextChunk(long jobId, int chunkSize) {
        BulkTransferJob job = lockRunningJob(jobId);
        if (job == null) {
            return ChunkOutcome.NOT_RUNNING;
        }
        // Both databases keep microseconds, so every row of the chunk stores exactly this instant.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> pending = pendingItemAndCustomerIds(job, chunkSize);
        if (pending.isEmpty()) {
            job.finish(BulkJobStatus.COMPLETED, now);
            new BulkJobNotices(em, job).send(now);
            LOG.info(() -> "Bulk transfer job " + jobId + " completed: " + job.getDoneItems() + " done, "
                    + job.getFailedItems() + " failed of " + job.getTotalItems());
            return ChunkOutcome.COMPLETED;
        }
        try {
            transferChunk(job, pending.stream().map(ids -> (Long) ids[0]).toList(),
                    pending.stream().map(ids -> (Long) ids[1]).toList(), now);
        } catch (SQLException e) {
            throw new EJBException("Bulk transfer job " + jobId + ": chunk of items " + pending.get(0)[0] + " to "
                    + pending.get(pending.size() - 1)[0] + " failed", e);
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
        job.addFailedItems(1);
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
     * Processes the job's PENDING items of the customers with set-based SQL on the transaction's
     * connection. Each customer ends up as an approved single transfer by the job's creator would leave
     * it: the request with its sharer changes, the owner and merchandiser, the deleted shares, one system
     * follow-up and the audit events. The receivers' notifications come once per job, at its end.
     */
    private void transferChunk(BulkTransferJob job, List<Long> itemIds, List<Long> customerIds, Instant now)
            throws SQLException {
        BulkChunkStatements chunk = new BulkChunkStatements(em.unwrap(Connection.class), job.getId(), itemIds,
                customerIds, now);
        chunk.lockCustomers();
        int skipped = chunk.skipCustomersNotOwnedBy(job.getSourceSalesperson().getId(), OWNER_CHANGED);
        int failed = chunk.failInactiveReceivers(RECEIVER_INACTIVE);
        List<BulkCustomerTransfer> transfers = chunk.transfers(job.isKeepShares());
        if (!transfers.isEmpty()) {
            Caller approver = approverOf(job);
            chunk.insertRequests(approver, job.isKeepShares());
            chunk.insertAuditEvents(job.getSourceSalesperson().getId(), approver.login(), job.isKeepShares());
            chunk.deleteShares(job.isKeepShares());
            insertFollowUps(chunk, transfers, approver, now);
            chunk.transferCustomers(approver.login());
        }
        int done = chunk.markDone();
        job.addDoneItems(done);
        job.addFailedItems(failed);
        LOG.fine(() -> "Bulk transfer job " + job.getId() + ": chunk of " + customerIds.size() + " items: " + done
                + " done, " + skipped + " skipped, " + failed + " failed");
    }

    private static void insertFollowUps(BulkChunkStatements chunk, List<BulkCustomerTransfer> transfers,
                                        Caller approver, Instant now) throws SQLException {
        LocalDate day = BusinessDays.dayOf(now);
        List<Long> customerIds = new ArrayList<>(transfers.size());
        List<String> contents = new ArrayList<>(transfers.size());
        for (BulkCustomerTransfer transfer : transfers) {
            List<String> changes = new ArrayList<>();
            changes.add(TransferFollowUpText.ownerChanged(transfer.receiverName()));
            transfer.removedSharerNames().forEach(name -> changes.add(TransferFollowUpText.shareRemoved(name)));
            customerIds.add(transfer.customerId());
            contents.add(TransferFollowUpText.of(day, changes, approver.displayName()));
        }
        chunk.insertFollowUps(customerIds, contents, day, approver);
    }

    /** Returns the reason every transfer request of the job carries. */
    static String reasonOf(long jobId) {
        return "批量移交 #" + jobId;
    }

    private Caller approverOf(BulkTransferJob job) {
        String login = job.getCreatedByLogin();
        return new Caller(login, callerResolver.displayNameOf(login), true, null, null);
    }
}
