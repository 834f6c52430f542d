package cn.salescrm.service.bulk;

/**
 * Result of one call of {@link BulkChunkProcessor#processNextChunk}.
 */
public enum ChunkOutcome {
    /** Processed some pending items; more may remain. */
    PROCESSED,
    /** Found no pending item and marked the job COMPLETED. */
    COMPLETED,
    /** Found no RUNNING job with that id, so did nothing. */
    NOT_RUNNING
}
