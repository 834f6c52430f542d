package cn.salescrm.service.access;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;

/**
 * The one place that decides a user's relation to a customer. The grid's scope and every
 * per-customer check come from here, so the list and the detail can never disagree.
 *
 * <p>A share counts only while it has not expired. A former owner has no relation left: ownership
 * is the customer's current owner column, never a history row.
 */
@Stateless
@PermitAll
public class CustomerAccess {

    /** Most shared customers named by id in a query; a salesperson with more gets an EXISTS subquery. */
    static final int MAX_LISTED_SHARES = 2_000;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Returns the caller's relation to the customer at the instant {@code now}. */
    public Relation relationOf(Caller caller, Customer customer, Instant now) {
        if (caller.manager()) {
            return Relation.MANAGER;
        }
        if (caller.isSalesperson() && caller.salespersonId().equals(customer.getOwner().getId())) {
            return Relation.OWNER;
        }
        if (caller.isSalesperson() && hasActiveShare(customer.getId(), caller.salespersonId(), now)) {
            return Relation.SHARER;
        }
        if (caller.merchandiserId() != null && customer.getMerchandiser() != null
                && caller.merchandiserId().equals(customer.getMerchandiser().getId())) {
            return Relation.MERCHANDISER;
        }
        return Relation.NONE;
    }

    /**
     * Loads the customer with the given code if the caller may take {@code action} on it.
     *
     * @throws AccessDeniedException if the customer does not exist or the caller's relation does
     *         not allow the action; both cases give the same exception
     */
    public Customer require(Caller caller, String code, CustomerAction action, Instant now) {
        return allowed(caller, code, action, now, em.createQuery("SELECT c FROM Customer c WHERE c.code = :code",
                Customer.class));
    }

    /**
     * Loads the customer with the given code as {@link #require} does, with its row locked until the
     * transaction ends (SELECT ... FOR UPDATE), so that a concurrent change waits and the caller reads
     * the latest version. One statement does what loading and then refreshing with a lock did in two.
     * The row is locked before the rights check, and a refused caller's rollback releases it at once.
     */
    public Customer requireForUpdate(Caller caller, String code, CustomerAction action, Instant now) {
        return allowed(caller, code, action, now, em.createQuery("SELECT c FROM Customer c WHERE c.code = :code",
                Customer.class).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    private Customer allowed(Caller caller, String code, CustomerAction action, Instant now,
                             TypedQuery<Customer> byCode) {
        List<Customer> found = byCode.setParameter("code", code).getResultList();
        if (found.isEmpty() || !action.isAllowedFor(relationOf(caller, found.get(0), now))) {
            throw new AccessDeniedException("No " + action + " right on customer " + code + " for " + caller.login());
        }
        return found.get(0);
    }

    /**
     * Returns the customers the caller may see: every customer for a manager, otherwise those the
     * caller owns, has an unexpired share of, or serves as merchandiser. A user with no directory
     * entry and no manager role may see none.
     */
    public CustomerScope scopeOf(Caller caller, Instant now) {
        if (caller.manager()) {
            return CustomerScope.everyCustomer();
        }
        Long salespersonId = caller.isSalesperson() ? caller.salespersonId() : null;
        return CustomerScope.of(salespersonId, salespersonId == null ? List.of() : listedShares(salespersonId, now),
                caller.merchandiserId(), now);
    }

    /** Returns the customers owned by the salesperson or shared with them by an unexpired share. */
    public CustomerScope ownedOrSharedBy(long salespersonId, Instant now) {
        return CustomerScope.of(salespersonId, listedShares(salespersonId, now), null, now);
    }

    /** Returns the shared customers' ids, or null if there are more than a statement should name. */
    private List<Long> listedShares(long salespersonId, Instant now) {
        List<Long> shared = sharedCustomerIds(salespersonId, now);
        return shared.size() > MAX_LISTED_SHARES ? null : shared;
    }

    private List<Long> sharedCustomerIds(long salespersonId, Instant now) {
        return em.createQuery("""
                        SELECT s.customer.id FROM CustomerShare s
                        WHERE s.salesperson.id = :salesperson AND (s.expiresAt IS NULL OR s.expiresAt > :now)""",
                        Long.class)
                .setParameter("salesperson", salespersonId)
                .setParameter("now", now)
                .setMaxResults(MAX_LISTED_SHARES + 1)
                .getResultList();
    }

    private boolean hasActiveShare(long customerId, long salespersonId, Instant now) {
        return !em.createQuery("""
                        SELECT s.id FROM CustomerShare s
                        WHERE s.customer.id = :customer AND s.salesperson.id = :salesperson
                          AND (s.expiresAt IS NULL OR s.expiresAt > :now)""", Long.class)
                .setParameter("customer", customerId)
                .setParameter("salesperson", salespersonId)
                .setParameter("now", now)
                .getResultList()
                .isEmpty();
    }
}
