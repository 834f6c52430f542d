package cn.salescrm.service.access;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Instant;
import java.util.List;

/**
 * The one place that decides a user's relation to a customer. The grid's scope predicate and every
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
        List<Customer> found = em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code)
                .getResultList();
        if (found.isEmpty() || !action.isAllowedFor(relationOf(caller, found.get(0), now))) {
            throw new AccessDeniedException("No " + action + " right on customer " + code + " for " + caller.login());
        }
        return found.get(0);
    }

    /**
     * Builds the predicate that limits a customer query to what the caller may see, or returns null
     * for a manager, who may see every customer. For a user with no directory entry and no manager
     * role the predicate matches no customer.
     */
    public Predicate visibleTo(Caller caller, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Customer> customer,
                               Instant now) {
        if (caller.manager()) {
            return null;
        }
        Predicate visible = cb.disjunction();
        if (caller.isSalesperson()) {
            visible = cb.or(visible, ownedOrSharedBy(caller.salespersonId(), cb, query, customer, now));
        }
        if (caller.merchandiserId() != null) {
            visible = cb.or(visible, cb.equal(customer.get("merchandiser").get("id"), caller.merchandiserId()));
        }
        return visible;
    }

    /**
     * Builds the predicate "owned by the salesperson, or shared with them by an unexpired share".
     *
     * <p>The shared customers are read first and named by id, so that the database can combine the
     * owner index and the primary key. Written as an EXISTS beside the owner test, the same rule made
     * PostgreSQL read every customer row to count one salesperson's customers.
     */
    public Predicate ownedOrSharedBy(long salespersonId, CriteriaBuilder cb, CriteriaQuery<?> query,
                                     Root<Customer> customer, Instant now) {
        Predicate owned = cb.equal(customer.get("owner").get("id"), salespersonId);
        List<Long> shared = sharedCustomerIds(salespersonId, now);
        if (shared.isEmpty()) {
            return owned;
        }
        if (shared.size() > MAX_LISTED_SHARES) {
            return cb.or(owned, cb.exists(activeShareOf(salespersonId, cb, query, customer, now)));
        }
        return cb.or(owned, customer.get("id").in(shared));
    }

    private Subquery<Long> activeShareOf(long salespersonId, CriteriaBuilder cb, CriteriaQuery<?> query,
                                         Root<Customer> customer, Instant now) {
        Subquery<Long> shares = query.subquery(Long.class);
        Root<CustomerShare> share = shares.from(CustomerShare.class);
        return shares.select(share.get("id")).where(
                cb.equal(share.get("customer"), customer),
                cb.equal(share.get("salesperson").get("id"), salespersonId),
                cb.or(cb.isNull(share.get("expiresAt")), cb.greaterThan(share.<Instant>get("expiresAt"), now)));
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
