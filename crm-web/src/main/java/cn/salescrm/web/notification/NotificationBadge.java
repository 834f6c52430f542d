package cn.salescrm.web.notification;

import cn.salescrm.service.notification.NotificationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The unread count beside 消息 in the top bar, read once per request.
 */
@Named
@RequestScoped
public class NotificationBadge {

    @EJB
    private NotificationService service;

    private Long unreadCount;

    /** Returns the number of the user's unread notifications. */
    public long getUnreadCount() {
        if (unreadCount == null) {
            unreadCount = service.unreadCount();
        }
        return unreadCount;
    }

    /** Returns the count as the badge shows it: 99+ above 99. */
    public String getLabel() {
        long count = getUnreadCount();
        return count > 99 ? "99+" : String.valueOf(count);
    }
}
