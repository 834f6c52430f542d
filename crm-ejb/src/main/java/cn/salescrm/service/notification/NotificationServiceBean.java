package cn.salescrm.service.notification;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.Notification;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * JPQL implementation of the notification list. The recipient is always the caller's login, so no
 * argument can reach another user's notifications.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER, Roles.ADMIN})
public class NotificationServiceBean implements NotificationService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Override
    public long unreadCount() {
        return em.createQuery("""
                        SELECT COUNT(n) FROM Notification n
                        WHERE n.recipientLogin = :login AND n.readAt IS NULL""", Long.class)
                .setParameter("login", login())
                .getSingleResult();
    }

    @Override
    public ResultPage<NotificationRow> list(int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        String login = login();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientLogin = :login", Long.class)
                .setParameter("login", login)
                .getSingleResult();
        if (total == 0 || first >= total) {
            return new ResultPage<>(List.of(), total);
        }
        List<NotificationRow> rows = em.createQuery("""
                        SELECT n.id, n.type, n.message, c.code, n.createdAt, n.readAt
                        FROM Notification n LEFT JOIN n.customer c
                        WHERE n.recipientLogin = :login
                        ORDER BY n.createdAt DESC, n.id DESC""", Object[].class)
                .setParameter("login", login)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList().stream()
                .map(NotificationServiceBean::toRow)
                .toList();
        return new ResultPage<>(rows, total);
    }

    @Override
    public void markRead(long notificationId) {
        String login = login();
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || !notification.getRecipientLogin().equals(login)) {
            throw new AccessDeniedException("Notification " + notificationId + " is not addressed to " + login);
        }
        notification.markRead(Instant.now());
    }

    @Override
    public int markAllRead() {
        return em.createQuery("""
                        UPDATE Notification n SET n.readAt = :now
                        WHERE n.recipientLogin = :login AND n.readAt IS NULL""")
                .setParameter("now", Instant.now())
                .setParameter("login", login())
                .executeUpdate();
    }

    private String login() {
        return context.getCallerPrincipal().getName();
    }

    private static NotificationRow toRow(Object[] values) {
        return new NotificationRow((Long) values[0], (NotificationType) values[1], (String) values[2],
                (String) values[3], (Instant) values[4], (Instant) values[5]);
    }
}
