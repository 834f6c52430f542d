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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditEventTest {

    private static final Instant OCCURRED_AT = Instant.parse("2024-05-01T02:00:00Z");

    @Test
    void builderCopiesCustomerCode() {
        Salesperson owner = new Salesperson("S1", "Li", new SalesRegion("SC", "South China", 1));
        Customer customer = new Customer("C0001", "Acme", "Acme Electronics Ltd.", owner, CustomerScale.LARGE,
                CustomerType.END_USER, BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, "sales1", OCCURRED_AT);

        AuditEvent event = AuditEvent.builder(AuditEventType.TRANSFERRED, "manager1", OCCURRED_AT)
                .customer(customer)
                .previousSalesperson(owner)
                .build();

        assertSame(customer, event.getCustomer());
        assertEquals("C0001", event.getCustomerCode());
        assertSame(owner, event.getPreviousSalesperson());
        assertEquals(OCCURRED_AT, event.getOccurredAt());
    }

    @Test
    void eventWithoutCustomerHasNoCode() {
        AuditEvent event = AuditEvent.builder(AuditEventType.POLICY_CHANGED, "admin1", OCCURRED_AT).build();

        assertNull(event.getCustomer());
        assertNull(event.getCustomerCode());
    }

    @Test
    void builderRejectsMissingActor() {
        assertThrows(NullPointerException.class,
                () -> AuditEvent.builder(AuditEventType.POLICY_CHANGED, null, OCCURRED_AT));
    }
}
