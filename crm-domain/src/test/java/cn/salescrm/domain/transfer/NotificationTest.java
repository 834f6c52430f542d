package cn.salescrm.domain.transfer;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    @Test
    void longMessageIsCutToColumn() {
        Notification notice = new Notification("sales01", NotificationType.REQUEST_REJECTED, null, "驳".repeat(1500),
                Instant.now());

        assertEquals(Notification.MESSAGE_LENGTH, notice.getMessage().length());
        assertTrue(notice.getMessage().endsWith("…"), notice.getMessage());
    }

    @Test
    void shortMessageIsKept() {
        Notification notice = new Notification("sales01", NotificationType.REQUEST_REJECTED, null, "已驳回",
                Instant.now());

        assertEquals("已驳回", notice.getMessage());
    }

    @Test
    void cutNeverSplitsACharacter() {
        String message = "a".repeat(998) + "𠀀".repeat(10);

        String stored = new Notification("sales01", NotificationType.REQUEST_REJECTED, null, message, Instant.now())
                .getMessage();

        assertEquals("a".repeat(998) + "…", stored);
    }
}
