package cn.salescrm.service.bulk;

import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.support.ResultPage;

import java.util.List;

/**
 * Bulk transfer (批量移交) of a leaving salesperson's customers, for managers only. Every method
 * throws {@link jakarta.ejb.EJBAccessException} for any other role.
 *
 * <p>A job moves each customer exactly as an approved single transfer does: owner and merchandiser,
 * a system follow-up, a TRANSFERRED audit event and the receiver's notification, with the reason
 * "批量移交 #&lt;job id&gt;". The work runs in the background in chunks, each chunk one transaction, and a
 * job still RUNNING after a restart resumes with its pending customers.
 */
public interface BulkTransferService {

    /** Returns every salesperson who owns at least one customer, active or not, ordered by code. */
    List<SalespersonOption> sources();

    /**
     * Counts the customers the selection would move now.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the source is missing or unknown
     */
    long preview(BulkSelection selection);

    /**
     * Creates the job with one PENDING item per selected customer, dealt round-robin to the
     * receivers, and starts it in the background. Returns the job's id.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the source or a receiver is
     *         missing, unknown or inactive, a receiver is the source, no customer matches, or a job
     *         for the source is still RUNNING; nothing has been written then
     */
    long start(BulkTransferOrder order);

    /**
     * Returns the job with its progress.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException with {@code bulk.job.notFound}
     */
    BulkJobView job(long jobId);

    /** Returns the job's items in the order they are processed, one page from {@code first} (counted from 0). */
    ResultPage<BulkItemRow> items(long jobId, int first, int pageSize);

    /** Returns the latest jobs, newest first, at most {@code maxResults} (cut to 100). */
    List<BulkJobView> recentJobs(int maxResults);
}
