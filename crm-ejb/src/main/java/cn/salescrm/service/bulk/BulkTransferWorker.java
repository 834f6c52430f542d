package cn.salescrm.service.bulk;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a bulk transfer job chunk after chunk until it is COMPLETED. Each chunk is a transaction of
 * its own in {@link BulkChunkProcessor}, so the work done survives a crash and a restart resumes
 * with the items still PENDING.
 *
 * <p>When a chunk fails, the worker retries with half as many items, down to the first item alone,
 * so one bad customer costs a few rolled-back chunks and not the job. If the first item fails alone
 * too, it is marked FAILED and the job goes on. Each chunk that succeeds doubles the size again, up to
 * {@value #CHUNK_SIZE}. A lock conflict is no item failure: another worker holds the job or a customer,
 * so the worker tries again and, after {@value #MAX_LOCK_CONFLICTS} conflicts in a row, leaves the job
 * to that worker.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkTransferWorker {

    /**
     * Customers per transaction. A chunk holds its customers' row locks until it commits, about 0.65 s
     * for 2,000 customers on PostgreSQL 15 (100,061 customers in 51 chunks took 33 s on 2 cores busy
     * with another benchmark). Chunks of 5,000 moved no more customers a second there, so the shorter
     * lock wins.
     */
    public static final int CHUNK_SIZE = 2000;

    /** Bundle key of an item that failed for a reason the server log gives. */
    static final String ITEM_FAILED = "bulk.item.failed";

    private static final int MAX_LOCK_CONFLICTS = 5;

    /** SQL states of a lock wait that timed out, a deadlock or a serialization failure (PostgreSQL, H2). */
    private static final Set<String> LOCK_CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    private static final Logger LOG = Logger.getLogger(BulkTransferWorker.class.getName());

    @EJB
    private BulkChunkProcessor processor;

    /** Runs the job to its end in the background. */
    @Asynchronous
    public void runAsync(long jobId) {
        LOG.info(() -> "Bulk transfer job " + jobId + " running");
        int chunks = processChunks(jobId, Integer.MAX_VALUE);
        LOG.info(() -> "Bulk transfer job " + jobId + ": worker stopped after " + chunks + " chunks");
    }

    /**
     * Processes at most {@code maxChunks} chunks of the job in the caller's thread and returns how
     * many it processed. It stops early when the job is COMPLETED or not RUNNING, or when it cannot
     * make progress.
     */
    public int processChunks(long jobId, int maxChunks) {
        int chunks = 0;
        int lockConflicts = 0;
        int chunkSize = CHUNK_SIZE;
        while (chunks < maxChunks) {
            ChunkOutcome outcome;
            try {
                outcome = processor.processNextChunk(jobId, chunkSize);
                lockConflicts = 0;
                chunkSize = Math.min(CHUNK_SIZE, chunkSize * 2);
            } catch (EJBException e) {
                if (isLockConflict(e)) {
                    lockConflicts++;
                    LOG.info(() -> "Bulk transfer job " + jobId + ": lock conflict, try again: " + e.getMessage());
                    if (lockConflicts >= MAX_LOCK_CONFLICTS) {
                        LOG.warning(() -> "Bulk transfer job " + jobId + " left to the worker that holds its locks");
                        return chunks;
                    }
                    continue;
                }
                if (chunkSize > 1) {
                    int failedSize = chunkSize;
                    chunkSize = failedSize / 2;
                    LOG.log(Level.WARNING, "Bulk transfer job " + jobId + ": chunk of " + failedSize
                            + " items failed and rolled back; retrying with " + chunkSize, e);
                    continue;
                }
                LOG.log(Level.WARNING, "Bulk transfer job " + jobId + ": first pending item failed alone; "
                        + "marking it FAILED", e);
                outcome = failFirstItem(jobId);
                if (outcome == null) {
                    return chunks;
                }
            }
            if (outcome != ChunkOutcome.PROCESSED) {
                return chunks;
            }
            chunks++;
        }
        return chunks;
    }

    /** Marks the first pending item FAILED and returns the outcome, or null if even that failed. */
    private ChunkOutcome failFirstItem(long jobId) {
        try {
            return processor.failNextItem(jobId, ITEM_FAILED) ? ChunkOutcome.PROCESSED : ChunkOutcome.NOT_RUNNING;
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Bulk transfer job " + jobId + " stopped: marking an item FAILED failed too; "
                    + "the job stays RUNNING and resumes at the next server start", e);
            return null;
        }
    }

    private static boolean isLockConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && LOCK_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
