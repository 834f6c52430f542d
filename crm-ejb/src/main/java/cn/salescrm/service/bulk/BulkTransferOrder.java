package cn.salescrm.service.bulk;

import java.io.Serializable;
import java.util.List;

/**
 * A manager's request for a bulk transfer: the customers, the receivers and what happens to shares.
 *
 * @param receiverIds the active salespeople who receive the customers (接收人), in the order the
 *        customers are dealt to them; duplicates count once
 * @param keepShares whether the customers' current shares stay (保留共享) or are removed
 */
public record BulkTransferOrder(BulkSelection selection, List<Long> receiverIds, boolean keepShares)
        implements Serializable {
}
