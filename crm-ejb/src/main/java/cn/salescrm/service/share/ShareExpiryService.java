package cn.salescrm.service.share;

import java.time.Duration;
import java.time.Instant;

/**
 * Removal of expired shares and the notice before a share expires. An expired share grants no
 * access even before its row is removed, because every access query compares expires_at with the
 * current time. Removal only cleans up and records the expiry.
 *
 * <p>Each share is handled in a transaction of its own with a conditional statement, so two servers
 * on one database, or two runs, remove a share and send a notice exactly once.
 */
public interface ShareExpiryService {

    /** How long before its expiry the sharer gets a notice. */
    Duration NOTICE_BEFORE = Duration.ofDays(3);

    /** Max number of shares of each kind, expired and expiring, one run handles; the next run continues. */
    int MAX_PER_RUN = 500;

    /**
     * Removes the shares expired at {@code now}, each with an audit event SHARE_EXPIRED and a
     * notification to the sharer. Then sends a SHARE_EXPIRING notification for each share that
     * expires within {@link #NOTICE_BEFORE} after {@code now} and whose sharer has had no notice yet.
     * A share that fails is logged and retried by the next run.
     */
    ShareExpiryRun expireShares(Instant now);
}
