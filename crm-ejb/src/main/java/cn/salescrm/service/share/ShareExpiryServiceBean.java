package cn.salescrm.service.share;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the shares due at the given instant and hands each to {@link ShareExpiryStep}, which runs
 * in a transaction of its own. {@code @PermitAll} because the timer calls it without a login. No
 * page calls it, and it does only what the timer does anyway.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShareExpiryServiceBean implements ShareExpiryService {

    private static final Logger LOG = Logger.getLogger(ShareExpiryServiceBean.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private ShareExpiryStep step;

    @Override
    public ShareExpiryRun expireShares(Instant now) {
        int removed = 0;
        for (Long id : expiredShareIds(now)) {
            if (runStep(id, "removing", () -> step.removeExpired(id, now))) {
                removed++;
            }
        }
        int noticed = 0;
        for (Long id : expiringShareIds(now)) {
            if (runStep(id, "sending the expiry notice of", () -> step.noticeExpiring(id, now))) {
                noticed++;
            }
        }
        if (removed > 0 || noticed > 0) {
            int removedCount = removed;
            int noticedCount = noticed;
            LOG.info(() -> "Share expiry at " + now + ": removed " + removedCount + ", noticed " + noticedCount);
        }
        return new ShareExpiryRun(removed, noticed);
    }

    private List<Long> expiredShareIds(Instant now) {
        return em.createQuery("SELECT s.id FROM CustomerShare s WHERE s.expiresAt <= :now ORDER BY s.expiresAt",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(MAX_PER_RUN)
                .getResultList();
    }

    private List<Long> expiringShareIds(Instant now) {
        return em.createQuery("""
                        SELECT s.id FROM CustomerShare s
                        WHERE s.expiryNotifiedAt IS NULL AND s.expiresAt > :now AND s.expiresAt <= :limit
                        ORDER BY s.expiresAt""", Long.class)
                .setParameter("now", now)
                .setParameter("limit", now.plus(NOTICE_BEFORE))
                .setMaxResults(MAX_PER_RUN)
                .getResultList();
    }

    /** Runs one share's step; a failure is logged and leaves the share for the next run. */
    private static boolean runStep(long shareId, String action, StepCall call) {
        try {
            return call.run();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Failed " + action + " share " + shareId + "; the next run retries", e);
            return false;
        }
    }

    @FunctionalInterface
    private interface StepCall {
        boolean run();
    }
}
