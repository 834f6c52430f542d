package cn.salescrm.service.audit;

import cn.salescrm.service.support.ResultPage;

import java.util.List;

/**
 * Read access to the audit trail for sales managers. Events come newest first: by time, then by
 * id for events of the same instant.
 */
public interface AuditService {

    /** Max number of rows one export contains; the audit page states this limit. */
    int EXPORT_LIMIT = 100_000;

    /** Max number of rows {@link #exportBatch} returns per call. */
    int EXPORT_BATCH_SIZE = 1_000;

    /**
     * Returns one page of the events that match the filter.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the filter is invalid: text too
     *         long, or the first day after the last day
     * @throws IllegalArgumentException if {@code first} is negative or {@code pageSize} is below 1
     */
    ResultPage<AuditRow> search(AuditFilter filter, int first, int pageSize);

    /**
     * Returns the next batch of matching events for an export, at most {@link #EXPORT_BATCH_SIZE},
     * that come after {@code after} in the trail's order. Pass null to start. Events recorded while an
     * export runs are newer than its first row and so never join it.
     *
     * @throws cn.salescrm.service.error.ValidationFailedException if the filter is invalid
     */
    List<AuditRow> exportBatch(AuditFilter filter, AuditRow after);
}
