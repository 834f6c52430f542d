package cn.salescrm.service.bulk;

import cn.salescrm.domain.transfer.BulkJobStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * A bulk transfer job and its progress. {@code done + failed + skipped} items are processed; the
 * rest are still pending.
 */
public record BulkJobView(long id, BulkJobStatus status, String sourceCode, String sourceName, boolean keepShares,
                          String filterDescription, int total, int done, int failed, int skipped,
                          String createdByLogin, Instant createdAt, Instant finishedAt) implements Serializable {

    /** Returns the number of processed items: done, failed and skipped. */
    public int processed() {
        return done + failed + skipped;
    }

    /** Returns the processed share of all items in whole percent, 100 for a job without items. */
    public int percent() {
        return total == 0 ? 100 : (int) (processed() * 100L / total);
    }

    /** Returns whether the job is still RUNNING. */
    public boolean running() {
        return status == BulkJobStatus.RUNNING;
    }
}
