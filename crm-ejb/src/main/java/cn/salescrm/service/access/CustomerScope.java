package cn.salescrm.service.access;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Instant;
import java.util.List;

/**
 * A set of customers as {@link CustomerAccess} defines it: every customer, or those owned by or
 * shared with a salesperson, or served by a merchandiser, or both. The shared customers are read
 * once when the scope is made, so one search can restrict its count and its page with the same
 * scope for the cost of one read of the shares.
 */
public final class CustomerScope {

    private static final CustomerScope EVERY_CUSTOMER = new CustomerScope(true, null, List.of(), null, null);

    private final boolean everyCustomer;
    private final Long salespersonId;
    private final List<Long> sharedIds;
    private final Long merchandiserId;
    private final Instant now;

    private CustomerScope(boolean everyCustomer, Long salespersonId, List<Long> sharedIds, Long merchandiserId,
                          Instant now) {
        this.everyCustomer = everyCustomer;
        this.salespersonId = salespersonId;
        this.sharedIds = sharedIds;
        this.merchandiserId = merchandiserId;
        this.now = now;
    }

    static CustomerScope everyCustomer() {
        return EVERY_CUSTOMER;
    }

    /**
     * Returns the customers owned by the salesperson (if not null), shared with them by an unexpired
     * share, or served by the merchandiser (if not null). {@code sharedIds} lists the shared
     * customers, or is null when there are too many to name and an EXISTS subquery must find them.
     */
    static CustomerScope of(Long salespersonId, List<Long> sharedIds, Long merchandiserId, Instant now) {
        return new CustomerScope(false, salespersonId, sharedIds, merchandiserId, now);
    }

    /** Returns the predicate limiting the query to the scope, or null if it contains every customer. */
    public Predicate toPredicate(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Customer> customer) {
        if (everyCustomer) {
            return null;
        }
        Predicate inScope = cb.disjunction();
        if (salespersonId != null) {
            inScope = cb.or(inScope, ownedOrShared(cb, query, customer));
        }
        if (merchandiserId != null) {
            inScope = cb.or(inScope, cb.equal(customer.get("merchandiser").get("id"), merchandiserId));
        }
        return inScope;
    }

    /**
     * Named by id, the shared customers let the database combine the owner index and the primary
     * key. Written as an EXISTS beside the owner test, the same rule made PostgreSQL read every
     * customer row to count one salesperson's customers. It remains for a salesperson with more
     * shares than a statement should name.
     */
    private Predicate ownedOrShared(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Customer> customer) {
        Predicate owned = cb.equal(customer.get("owner").get("id"), salespersonId);
        if (sharedIds == null) {
            return cb.or(owned, cb.exists(activeShare(cb, query, customer)));
        }
        return sharedIds.isEmpty() ? owned : cb.or(owned, customer.get("id").in(sharedIds));
    }

    private Subquery<Long> activeShare(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Customer> customer) {
        Subquery<Long> shares = query.subquery(Long.class);
        Root<CustomerShare> share = shares.from(CustomerShare.class);
        return shares.select(share.get("id")).where(
                cb.equal(share.get("customer"), customer),
                cb.equal(share.get("salesperson").get("id"), salespersonId),
                cb.or(cb.isNull(share.get("expiresAt")), cb.greaterThan(share.<Instant>get("expiresAt"), now)));
    }
}
