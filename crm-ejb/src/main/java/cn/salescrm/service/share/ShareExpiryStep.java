package cn.salescrm.service.share;

import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.Notification;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.service.support.BusinessDays;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One share's expiry work, each call in a new transaction. The conditional DELETE or UPDATE decides
 * who does the work: only the transaction whose statement changed the row writes the audit event or
 * notification. A second server running the same statement waits for the row lock and then changes
 * nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ShareExpiryStep {

    /** Login recorded as the actor of the timer's audit events. */
    public static final String SYSTEM_ACTOR = "system";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BusinessDays.ZONE);

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Removes the share if it is still expired at {@code now}; returns whether this call removed it. */
    public boolean removeExpired(long shareId, Instant now) {
        CustomerShare share = em.find(CustomerShare.class, shareId);
        if (share == null || share.isActiveAt(now)) {
            return false;
        }
        int deleted = em.createQuery("DELETE FROM CustomerShare s WHERE s.id = :id AND s.expiresAt <= :now")
                .setParameter("id", shareId)
                .setParameter("now", now)
                .executeUpdate();
        if (deleted != 1) {
            return false;
        }
        String code = share.getCustomer().getCode();
        String expiry = TIME.format(share.getExpiresAt());
        em.persist(AuditEvent.builder(AuditEventType.SHARE_EXPIRED, SYSTEM_ACTOR, now)
                .customer(share.getCustomer())
                .previousSalesperson(share.getSalesperson())
                .detail("共享到期时间 " + expiry + " (北京时间), 共享授予人 " + share.getGrantedBy())
                .build());
        notify(share, NotificationType.SHARE_EXPIRED, "客户 " + code + " 的共享已于 " + expiry + " 到期", now);
        return true;
    }

    /**
     * Records the expiry notice if the share expires within the notice period after {@code now} and
     * has none yet, and then notifies the sharer; returns whether this call sent the notice.
     */
    public boolean noticeExpiring(long shareId, Instant now) {
        int updated = em.createQuery("""
                        UPDATE CustomerShare s SET s.expiryNotifiedAt = :now
                        WHERE s.id = :id AND s.expiryNotifiedAt IS NULL
                          AND s.expiresAt > :now AND s.expiresAt <= :limit""")
                .setParameter("now", now)
                .setParameter("id", shareId)
                .setParameter("limit", now.plus(ShareExpiryService.NOTICE_BEFORE))
                .executeUpdate();
        if (updated != 1) {
            return false;
        }
        CustomerShare share = em.find(CustomerShare.class, shareId);
        String code = share.getCustomer().getCode();
        notify(share, NotificationType.SHARE_EXPIRING,
                "客户 " + code + " 的共享将于 " + TIME.format(share.getExpiresAt()) + " 到期", now);
        return true;
    }

    private void notify(CustomerShare share, NotificationType type, String message, Instant now) {
        Salesperson sharer = share.getSalesperson();
        if (sharer.getLoginName() != null) {
            em.persist(new Notification(sharer.getLoginName(), type, share.getCustomer(), message, now));
        }
    }
}
