package cn.salescrm.service.share;

import java.io.Serializable;

/**
 * What one run of the share expiry did.
 *
 * @param removed the expired shares this run removed
 * @param noticed the shares whose sharer this run notified that the share expires soon
 */
public record ShareExpiryRun(int removed, int noticed) implements Serializable {
}
