package cn.salescrm.service.bulk;

import java.util.List;

/**
 * A customer that a bulk transfer chunk moves, with what its follow-up text names.
 *
 * @param receiverName the new owner's name
 * @param removedSharerNames the names of the sharers who lose their share, in share id order, or
 *        empty when the job keeps shares
 */
record BulkCustomerTransfer(long customerId, String receiverName, List<String> removedSharerNames) {
}
