package cn.salescrm.service.transfer;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sharer added or removed by a request.
 *
 * @param expiresAt end of an added share, or null for no end (always null for a removal)
 */
public record SharerChange(long salespersonId, String name, Instant expiresAt) implements Serializable {
}
