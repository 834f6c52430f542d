package cn.salescrm.service.bulk;

import java.util.List;

/**
 * Deals customers to receivers round-robin: customer {@code i} goes to receiver {@code i mod n}, so
 * the receivers' counts differ by at most one and the first receivers get the extra customers.
 */
final class ReceiverSplit {

    private ReceiverSplit() {
    }

    /** Returns the receiver of the customer at {@code index} (counted from 0) in the job's order. */
    static <T> T receiverOf(int index, List<T> receivers) {
        if (receivers.isEmpty()) {
            throw new IllegalArgumentException("A bulk transfer needs at least one receiver");
        }
        return receivers.get(index % receivers.size());
    }
}
