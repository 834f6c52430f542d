package cn.salescrm.domain.transfer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.people.Salesperson;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransferRequestTest {

    private static final Instant REQUESTED_AT = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2024-05-02T03:00:00Z");

    private final SalesRegion region = new SalesRegion("SC", "South China", 1);
    private final Salesperson owner = new Salesperson("S1", "Li", region);
    private final Salesperson newOwner = new Salesperson("S2", "Chen", region);
    private final Customer customer = new Customer("C0001", "Acme", "Acme Electronics Ltd.", owner,
            CustomerScale.LARGE, CustomerType.END_USER, BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, "sales1",
            REQUESTED_AT);

    private TransferRequest request() {
        return new TransferRequest(customer, newOwner, true, null, "Owner moves region", "sales1", "Li",
                REQUESTED_AT);
    }

    @Test
    void newRequestIsPending() {
        TransferRequest request = request();

        assertEquals(RequestStatus.PENDING, request.getStatus());
        assertSame(owner, request.getPreviousOwner());
        assertEquals(customer.getVersion(), request.getCustomerVersion());
    }

    @Test
    void approveRecordsDecision() {
        TransferRequest request = request();

        request.approve("manager1", "Wang", DECIDED_AT, "OK");

        assertEquals(RequestStatus.APPROVED, request.getStatus());
        assertEquals("manager1", request.getDecidedByLogin());
        assertEquals("Wang", request.getDecidedByName());
        assertEquals(DECIDED_AT, request.getDecidedAt());
        assertEquals("OK", request.getDecisionReason());
    }

    @Test
    void decidedRequestCannotBeDecidedAgain() {
        TransferRequest request = request();
        request.reject("manager1", "Wang", DECIDED_AT, "No");

        assertThrows(IllegalStateException.class, () -> request.approve("manager2", "Zhao", DECIDED_AT, null));
        assertThrows(IllegalStateException.class, () -> request.cancel("sales1", "Li", DECIDED_AT));
        assertThrows(IllegalStateException.class, () -> request.markStale("system", "System", DECIDED_AT, null));
        assertEquals(RequestStatus.REJECTED, request.getStatus());
    }

    @Test
    void decidedRequestTakesNoShareChange() {
        TransferRequest request = request();
        request.cancel("sales1", "Li", DECIDED_AT);

        assertThrows(IllegalStateException.class,
                () -> request.addShareChange(newOwner, ShareChangeType.ADD, null));
    }

    @Test
    void shareChangeBelongsToRequest() {
        TransferRequest request = request();

        RequestShareChange change = request.addShareChange(newOwner, ShareChangeType.REMOVE, null);

        assertSame(request, change.getRequest());
        assertEquals(1, request.getShareChanges().size());
        assertSame(change, request.getShareChanges().get(0));
    }
}
