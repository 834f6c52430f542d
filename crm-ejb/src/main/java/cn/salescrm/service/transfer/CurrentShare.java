package cn.salescrm.service.transfer;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sharer the customer has now.
 *
 * @param expiresAt end of the share, or null for no end
 */
public record CurrentShare(long salespersonId, String code, String name, String regionName, Instant grantedAt,
                           String grantedBy, Instant expiresAt) implements Serializable {
}
