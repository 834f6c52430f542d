package cn.salescrm.service.transfer;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Preview of a submit of the 客户移交共享 form, shown before the user confirms it.
 *
 * @param newOwnerName the new owner, or null if the owner stays
 * @param newMerchandiserName the new owner's merchandiser, which the customer takes; null if none
 * @param keepPreviousOwner on a transfer, whether the previous owner stays as a sharer
 * @param approvalNeeded whether the submit becomes a request that waits for a manager
 */
public record TransferPreview(String previousOwnerName, String newOwnerName, String newMerchandiserName,
                              boolean keepPreviousOwner, Instant previousOwnerShareUntil,
                              List<SharerChange> sharersAdded, List<SharerChange> sharersRemoved,
                              RecordCounts records, boolean approvalNeeded) implements Serializable {

    /** Returns whether the owner changes. */
    public boolean transfer() {
        return newOwnerName != null;
    }
}
