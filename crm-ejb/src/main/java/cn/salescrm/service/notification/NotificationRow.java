package cn.salescrm.service.notification;

import cn.salescrm.domain.transfer.NotificationType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One notification as the list shows it.
 *
 * @param customerCode the customer's current code, or null if the notification names no customer
 * @param readAt when the recipient read it, or null while unread
 */
public record NotificationRow(long id, NotificationType type, String message, String customerCode, Instant createdAt,
                              Instant readAt) implements Serializable {

    /** Returns whether the notification has been read. */
    public boolean read() {
        return readAt != null;
    }
}
