package cn.salescrm.service.transfer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One submit of the 客户移交共享 form: the owner choice and the whole sharer set together.
 *
 * @param customerVersion the customer version the form loaded; a later change makes the submit stale
 * @param newOwnerId the chosen owner; null or the current owner keeps the owner
 * @param sharers every sharer the customer should have afterwards, each with an optional expiry
 * @param keepPreviousOwner on a transfer, keep the previous owner as a sharer
 * @param previousOwnerShareUntil end of that share, or null for no end
 */
public record TransferChange(long customerVersion, Long newOwnerId, List<Sharer> sharers, boolean keepPreviousOwner,
                             Instant previousOwnerShareUntil, String reason) implements Serializable {

    /** A salesperson to share the customer with, until {@code expiresAt} if set. */
    public record Sharer(long salespersonId, Instant expiresAt) implements Serializable {
    }
}
