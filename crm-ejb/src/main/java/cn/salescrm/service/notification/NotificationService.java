package cn.salescrm.service.notification;

import cn.salescrm.service.support.ResultPage;

/**
 * The logged-in user's own notifications. Every method works only on notifications addressed to
 * the caller's login.
 */
public interface NotificationService {

    /** Returns the number of the caller's unread notifications. */
    long unreadCount();

    /**
     * Returns one page of the caller's notifications, newest first.
     *
     * @throws IllegalArgumentException if {@code first} is negative or {@code pageSize} is below 1
     */
    ResultPage<NotificationRow> list(int first, int pageSize);

    /**
     * Marks one of the caller's notifications read. Marking a read notification again changes nothing.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if no notification has the id or it is
     *         addressed to someone else; both cases give the same exception
     */
    void markRead(long notificationId);

    /** Marks all of the caller's unread notifications read and returns how many there were. */
    int markAllRead();
}
