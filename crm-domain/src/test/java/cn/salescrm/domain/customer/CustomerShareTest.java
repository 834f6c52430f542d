package cn.salescrm.domain.customer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerShareTest {

    private static final Instant GRANTED_AT = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant EXPIRES_AT = Instant.parse("2024-06-01T00:00:00Z");

    private static CustomerShare share(Instant expiresAt) {
        return new CustomerShare(null, null, "manager1", GRANTED_AT, expiresAt, null);
    }

    @Test
    void shareWithoutExpiryIsActive() {
        CustomerShare share = share(null);

        assertTrue(share.isActiveAt(GRANTED_AT));
        assertTrue(share.isActiveAt(Instant.parse("2099-01-01T00:00:00Z")));
    }

    @Test
    void shareBeforeExpiryIsActive() {
        assertTrue(share(EXPIRES_AT).isActiveAt(EXPIRES_AT.minusNanos(1)));
    }

    @Test
    void shareAtExpiryIsInactive() {
        assertFalse(share(EXPIRES_AT).isActiveAt(EXPIRES_AT));
    }

    @Test
    void shareAfterExpiryIsInactive() {
        assertFalse(share(EXPIRES_AT).isActiveAt(EXPIRES_AT.plus(Duration.ofDays(1))));
    }

    @Test
    void renewedShareUsesNewExpiry() {
        CustomerShare share = share(EXPIRES_AT);
        Instant later = EXPIRES_AT.plus(Duration.ofDays(30));

        share.renew("manager2", EXPIRES_AT, later, 77L);

        assertTrue(share.isActiveAt(EXPIRES_AT));
        assertFalse(share.isActiveAt(later));
    }
}
