package cn.salescrm.service.share;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the share expiry every minute on every server. The timer is not persistent, so each server
 * runs its own; {@link ShareExpiryService} makes the runs safe against each other.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShareExpiryTimer {

    private static final Logger LOG = Logger.getLogger(ShareExpiryTimer.class.getName());

    @EJB
    private ShareExpiryService expiry;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "share expiry")
    void run() {
        try {
            expiry.expireShares(Instant.now());
        } catch (RuntimeException e) {
            // A thrown exception would make the container retry at once; the next minute retries anyway.
            LOG.log(Level.WARNING, "Share expiry run failed; the next run retries", e);
        }
    }
}
