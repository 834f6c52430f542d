package cn.salescrm.service.bulk;

import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.domain.transfer.Notification;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.ShareChangeType;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/**
 * Sends the notifications of a finished bulk transfer job: one per receiver with the number of
 * customers it got, and one per sharer with the number of shares it lost. A single transfer notifies
 * per customer, but a job of 100,000 customers would flood the receivers' lists that way.
 *
 * <p>Runs in the transaction that marks the job COMPLETED, under the job row lock, so the notices are
 * written exactly once. As in a single transfer, a salesperson without a login gets no notice.
 */
final class BulkJobNotices {

    private final EntityManager em;
    private final BulkTransferJob job;

    BulkJobNotices(EntityManager em, BulkTransferJob job) {
        this.em = em;
        this.job = job;
    }

    /** Writes the notices, created at {@code now}. */
    void send(Instant now) {
        String prefix = BulkChunkProcessor.reasonOf(job.getId()) + " 已完成: ";
        for (Object[] count : customersPerReceiver()) {
            notify((String) count[0], NotificationType.BULK_TRANSFERRED_TO_YOU,
                    prefix + count[1] + " 个客户已移交给您", now);
        }
        if (!job.isKeepShares()) {
            for (Object[] count : removedSharesPerSharer()) {
                notify((String) count[0], NotificationType.BULK_SHARES_REMOVED,
                        prefix + count[1] + " 个客户已取消与您的共享", now);
            }
        }
    }

    /** Returns pairs of receiver login and the number of DONE items, for receivers with a login. */
    private List<Object[]> customersPerReceiver() {
        return em.createQuery("""
                        SELECT t.loginName, COUNT(i) FROM BulkTransferItem i JOIN i.targetSalesperson t
                        WHERE i.job = :job AND i.status = :done AND t.loginName IS NOT NULL
                        GROUP BY t.loginName ORDER BY t.loginName""", Object[].class)
                .setParameter("job", job)
                .setParameter("done", BulkItemStatus.DONE)
                .getResultList();
    }

    /**
     * Returns pairs of sharer login and the number of the job's transfer requests that removed a share
     * of that sharer, for sharers with a login.
     */
    private List<Object[]> removedSharesPerSharer() {
        return em.createQuery("""
                        SELECT p.loginName, COUNT(x) FROM BulkTransferItem i, TransferRequest r
                        JOIN r.shareChanges x JOIN x.salesperson p
                        WHERE i.job = :job AND i.status = :done AND r.customer = i.customer AND r.reason = :reason
                          AND x.changeType = :remove AND p.loginName IS NOT NULL
                        GROUP BY p.loginName ORDER BY p.loginName""", Object[].class)
                .setParameter("job", job)
                .setParameter("done", BulkItemStatus.DONE)
                .setParameter("reason", BulkChunkProcessor.reasonOf(job.getId()))
                .setParameter("remove", ShareChangeType.REMOVE)
                .getResultList();
    }

    private void notify(String login, NotificationType type, String message, Instant now) {
        em.persist(new Notification(login, type, null, message, now));
    }
}
