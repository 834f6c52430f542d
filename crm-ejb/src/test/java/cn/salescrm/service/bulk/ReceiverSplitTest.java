package cn.salescrm.service.bulk;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReceiverSplitTest {

    @Test
    void countsDifferByAtMostOne() {
        List<String> receivers = List.of("A", "B", "C");
        for (int customers = 0; customers <= 20; customers++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < customers; i++) {
                counts.merge(ReceiverSplit.receiverOf(i, receivers), 1, Integer::sum);
            }
            int max = receivers.stream().mapToInt(r -> counts.getOrDefault(r, 0)).max().orElseThrow();
            int min = receivers.stream().mapToInt(r -> counts.getOrDefault(r, 0)).min().orElseThrow();
            assertEquals(customers, counts.values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(customers % 3 == 0 ? 0 : 1, max - min, "customers=" + customers);
        }
    }

    @Test
    void firstReceiversTakeExtraCustomers() {
        List<String> receivers = List.of("A", "B", "C");
        assertEquals("A", ReceiverSplit.receiverOf(0, receivers));
        assertEquals("B", ReceiverSplit.receiverOf(1, receivers));
        assertEquals("A", ReceiverSplit.receiverOf(3, receivers));
    }

    @Test
    void noReceiverIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReceiverSplit.receiverOf(0, List.of()));
    }
}
