package cn.salescrm.domain.customer;

import cn.salescrm.domain.people.Merchandiser;
import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.people.Salesperson;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CustomerTest {

    private static final Instant CREATED_AT = Instant.parse("2024-05-01T02:00:00Z");

    private final SalesRegion region = new SalesRegion("SC", "South China", 1);

    private Salesperson salesperson(String code, Merchandiser merchandiser) {
        Salesperson salesperson = new Salesperson(code, "Salesperson " + code, region);
        salesperson.setMerchandiser(merchandiser);
        return salesperson;
    }

    private Customer customer(Salesperson owner) {
        return new Customer("C0001", "Acme", "Acme Electronics Ltd.", owner, CustomerScale.LARGE,
                CustomerType.END_USER, BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, "sales1", CREATED_AT);
    }

    @Test
    void newCustomerIsPendingReview() {
        Customer customer = customer(salesperson("S1", null));

        assertEquals(CustomerStatus.PENDING_REVIEW, customer.getStatus());
        assertEquals(CREATED_AT, customer.getUpdatedAt());
        assertEquals("sales1", customer.getUpdatedBy());
    }

    @Test
    void newCustomerTakesOwnersMerchandiser() {
        Merchandiser merchandiser = new Merchandiser("M1", "Zhang");

        Customer customer = customer(salesperson("S1", merchandiser));

        assertSame(merchandiser, customer.getMerchandiser());
    }

    @Test
    void transferMovesMerchandiserToNewOwners() {
        Customer customer = customer(salesperson("S1", new Merchandiser("M1", "Zhang")));
        Merchandiser newMerchandiser = new Merchandiser("M2", "Wang");
        Salesperson newOwner = salesperson("S2", newMerchandiser);

        customer.transferTo(newOwner);

        assertSame(newOwner, customer.getOwner());
        assertSame(newMerchandiser, customer.getMerchandiser());
    }

    @Test
    void transferToOwnerWithoutMerchandiserClearsIt() {
        Customer customer = customer(salesperson("S1", new Merchandiser("M1", "Zhang")));

        customer.transferTo(salesperson("S2", null));

        assertNull(customer.getMerchandiser());
    }
}
