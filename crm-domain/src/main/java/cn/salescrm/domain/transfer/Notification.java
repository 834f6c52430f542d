package cn.salescrm.domain.transfer;

import cn.salescrm.domain.customer.Customer;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * In-app notification (通知) for one login account, unread while {@code readAt} is null.
 */
@Entity
@Table(name = "notification")
@Cacheable(false)
public class Notification {

    /** Maximum length of a message, the length of its column. */
    public static final int MESSAGE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_gen")
    @SequenceGenerator(name = "notification_gen", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "recipient_login", nullable = false, length = 100, updatable = false)
    private String recipientLogin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "notification_type", nullable = false, length = 30, updatable = false)
    private NotificationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = MESSAGE_LENGTH)
    @Column(name = "message", nullable = false, length = MESSAGE_LENGTH, updatable = false)
    private String message;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /**
     * Creates an unread notification. {@code customer} may be null. A message longer than the column
     * is cut and ends with "…": it quotes texts a user typed, such as a rejection reason of the full
     * allowed length, and the notice must not fail the decision it reports.
     */
    public Notification(String recipientLogin, NotificationType type, Customer customer, String message,
                        Instant createdAt) {
        this.recipientLogin = recipientLogin;
        this.type = type;
        this.customer = customer;
        this.message = fitted(message);
        this.createdAt = createdAt;
    }

    private static String fitted(String message) {
        if (message == null || message.length() <= MESSAGE_LENGTH) {
            return message;
        }
        int end = MESSAGE_LENGTH - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }

    /** Marks the notification read at {@code at}, keeping the first time if it was already read. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getRecipientLogin() {
        return recipientLogin;
    }

    public NotificationType getType() {
        return type;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
